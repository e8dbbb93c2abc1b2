import type { AlertResolved } from '@safeguard/contracts';
import { DomainRuleViolation, NotFound } from '@safeguard/domain';
import type { AlertState } from '../alert.state';

export interface ResolveAlertByMonitor {
  readonly type: 'ResolveAlertByMonitor';
  readonly alertId: string;
  /** The user id of the monitor or welfare officer closing the alert. */
  readonly resolvedBy: string;
  readonly reason: string;
  readonly now: Date;
}

/**
 * A monitor or welfare officer closes an open or acknowledged alert with a reason (the child was
 * found with a relative, the record was wrong). An alert is resolved once: a second resolution,
 * by a person or by the missing fact arriving, is refused.
 */
export function decideResolveAlertByMonitor(command: ResolveAlertByMonitor, state: AlertState): AlertResolved[] {
  switch (state.status) {
    case 'not-raised':
      throw new NotFound('ALERT.NOT_FOUND', `no alert ${command.alertId}`);
    case 'resolved':
      throw new DomainRuleViolation('ALERT.ALREADY_RESOLVED', `alert ${state.alertId} was resolved at ${state.resolvedAt} (${state.resolution})`, {
        resolvedAt: state.resolvedAt,
        resolution: state.resolution,
      });
    case 'withdrawn':
      throw new DomainRuleViolation(
        'ALERT.WITHDRAWN',
        `alert ${state.alertId} was withdrawn at ${state.withdrawnAt}: later facts show the safeguard was not missed`,
        { withdrawnAt: state.withdrawnAt },
      );
    case 'open':
    case 'acknowledged':
      return [
        {
          type: 'AlertResolved',
          data: {
            alertId: state.alertId,
            ruleId: state.ruleId,
            personId: state.personId,
            resolvedAt: command.now.toISOString(),
            resolution: 'resolved-by-monitor',
            lateByMinutes: null,
            reason: command.reason,
            resolvingEventIds: [],
            resolvedBy: command.resolvedBy,
          },
        },
      ];
    default: {
      const _exhaustive: never = state;
      return [];
    }
  }
}
