import type { EventEnvelope } from '@safeguard/contracts';
import { applyOnce, type EventStore } from '@safeguard/event-store';
import type { Clock } from '@safeguard/platform';
import type { AlertBook } from '../alerts/alert-book';
import type { IndicatorBook } from '../indicators/indicator-book';
import type { JourneyBook } from '../journeys/journey-book';
import { factFromEnvelope, personIdOf, type AgencyEvent } from '../person-file/person-file';
import { keepFact, loadPersonFile, lockPersonFile } from '../person-file/person-file-store';
import { allSafeguards } from '../safeguards/all-safeguards';
import type { SafeguardPolicy } from '../safeguards/policy';

export const CHILD_WELFARE_CONSUMER = 'child-welfare-service';

/**
 * Applies each agency event once: the fact joins its person's file, and the journeys, deadlines
 * and alerts derived from the whole file commit with the dedupe mark in one transaction, so a
 * redelivered event changes nothing and events may arrive in any order.
 */
export class ChildWelfareInbox {
  private readonly safeguards;

  constructor(
    private readonly store: EventStore,
    private readonly alerts: AlertBook,
    private readonly journeys: JourneyBook,
    private readonly policy: SafeguardPolicy,
    private readonly clock: Clock,
    private readonly indicators: IndicatorBook,
  ) {
    this.safeguards = allSafeguards(policy);
  }

  readonly handle = async (envelope: EventEnvelope): Promise<void> => {
    // A tolerant reader: events this service does not follow (its own alerts, a newer event type) are skipped.
    const fact = factFromEnvelope(envelope, this.clock.now());
    if (!fact) return;
    const personId = personIdOf({ type: fact.type, data: fact.data } as AgencyEvent);
    await this.store.db.transaction(async (sql) => {
      if (!(await applyOnce(sql, this.store.options.schema, CHILD_WELFARE_CONSUMER, envelope.eventId))) return;
      await lockPersonFile(sql, personId);
      if (!(await keepFact(sql, personId, fact))) return;
      const file = await loadPersonFile(sql, personId);
      const context = { now: this.clock.now(), personId, policyId: this.policy.policyId, correlationId: envelope.correlationId, causationId: envelope.eventId };
      await this.alerts.apply(sql, this.safeguards.evaluate(file), context);
      await this.journeys.save(sql, file, context);
      await this.indicators.save(sql, file);
    });
  };
}
