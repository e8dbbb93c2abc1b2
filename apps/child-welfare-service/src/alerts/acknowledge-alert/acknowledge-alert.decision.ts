import type { AlertAcknowledged } from '@safeguard/contracts';
import { DomainRuleViolation, NotFound } from '@safeguard/domain';
import type { AlertState } from '../alert.state';

export interface AcknowledgeAlert {
  readonly type: 'AcknowledgeAlert';
  readonly alertId: string;
  /** The user id of the monitor or welfare officer taking the alert on. */
  readonly acknowledgedBy: string;
  readonly note: string;
  readonly now: Date;
}

/**
 * A monitor or welfare officer takes an open alert on, saying what is being done. Only once: a
 * second acknowledgement is refused (naming who has it) rather than silently replacing the
 * first person's note; a retry of the same request is safe with an Idempotency-Key.
 */
export function decideAcknowledgeAlert(command: AcknowledgeAlert, state: AlertState): AlertAcknowledged[] {
  switch (state.status) {
    case 'not-raised':
      throw new NotFound('ALERT.NOT_FOUND', `no alert ${command.alertId}`);
    case 'acknowledged':
      throw new DomainRuleViolation(
        'ALERT.ALREADY_ACKNOWLEDGED',
        `alert ${state.alertId} was acknowledged by ${state.acknowledgedBy} at ${state.acknowledgedAt}`,
        {
          acknowledgedBy: state.acknowledgedBy,
          acknowledgedAt: state.acknowledgedAt,
        },
      );
    case 'resolved':
      throw new DomainRuleViolation('ALERT.ALREADY_RESOLVED', `alert ${state.alertId} was resolved at ${state.resolvedAt}`, {
        resolvedAt: state.resolvedAt,
      });
    case 'withdrawn':
      throw new DomainRuleViolation(
        'ALERT.WITHDRAWN',
        `alert ${state.alertId} was withdrawn at ${state.withdrawnAt}: later facts show the safeguard was not missed`,
        { withdrawnAt: state.withdrawnAt },
      );
    case 'open':
      return [
        {
          type: 'AlertAcknowledged',
          data: {
            alertId: state.alertId,
            ruleId: state.ruleId,
            personId: state.personId,
            acknowledgedAt: command.now.toISOString(),
            acknowledgedBy: command.acknowledgedBy,
            note: command.note,
          },
        },
      ];
    default: {
      const _exhaustive: never = state;
      return [];
    }
  }
}
