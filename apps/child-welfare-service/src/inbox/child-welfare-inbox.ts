import { Logger } from '@nestjs/common';
import type { ArrestEvent, EventEnvelope } from '@safeguard/contracts';
import { applyOnce, type EventStore } from '@safeguard/event-store';
import type { Clock } from '@safeguard/platform';
import type { AlertBook } from '../alerts/alert-book';
import { evolveArrestWatch } from '../safeguards/arrest-watch';
import { arrestSafeguards } from '../safeguards/arrest-safeguards';
import type { SafeguardPolicy } from '../safeguards/policy';
import { loadArrestWatch, saveArrestWatch } from './arrest-watch-store';

export const CHILD_WELFARE_CONSUMER = 'child-welfare-service';

/**
 * Applies each agency event once: the dedupe mark, the watch, the deadlines and the alerts all
 * commit in one transaction, so a redelivered event changes nothing.
 */
export class ChildWelfareInbox {
  private readonly logger = new Logger(ChildWelfareInbox.name);
  private readonly arrestSafeguards;

  constructor(
    private readonly store: EventStore,
    private readonly alerts: AlertBook,
    private readonly policy: SafeguardPolicy,
    private readonly clock: Clock,
  ) {
    this.arrestSafeguards = arrestSafeguards(policy);
  }

  readonly handle = async (envelope: EventEnvelope): Promise<void> => {
    await this.store.db.transaction(async (sql) => {
      if (!(await applyOnce(sql, this.store.options.schema, CHILD_WELFARE_CONSUMER, envelope.eventId))) return;
      const event = { type: envelope.type, data: envelope.data } as ArrestEvent;
      switch (event.type) {
        case 'ArrestMade':
        case 'DependantsScreeningRecorded':
        case 'CareArrangementMade':
        case 'TakenIntoPoliceCustody':
        case 'FamilyContactGiven': {
          const watch = evolveArrestWatch(await loadArrestWatch(sql, event.data.arrestId), { ...event, eventId: envelope.eventId } as never);
          await saveArrestWatch(sql, watch);
          await this.alerts.apply(sql, this.arrestSafeguards.evaluate(watch), {
            now: this.clock.now(),
            policyId: this.policy.policyId,
            correlationId: envelope.correlationId,
            causationId: envelope.eventId,
          });
          return;
        }
        default:
          // A tolerant reader: facts no safeguard needs yet are marked as seen and skipped.
          this.logger.debug(`no safeguard reads ${(event as { type: string }).type}`);
      }
    });
  };
}
