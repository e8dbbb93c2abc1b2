import type { EventEnvelope } from '@safeguard/contracts';
import { randomUUID } from 'node:crypto';
import { applyOnce, type EventStore, type Sql } from '@safeguard/event-store';
import type { Clock } from '@safeguard/platform';
import type { AlertBook } from '../alerts/alert-book';
import type { IndicatorBook } from '../indicators/indicator-book';
import type { JourneyBook } from '../journeys/journey-book';
import { factFromEnvelope, personIdOf, type AgencyEvent } from '../person-file/person-file';
import { keepFact, loadPersonFile, lockPersonFile } from '../person-file/person-file-store';
import { allSafeguards } from '../safeguards/all-safeguards';
import type { SafeguardPolicy } from '../safeguards/policy';
import { withdrawUnheldAlerts } from '../alerts/withdraw-unheld-alerts';

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

  /**
   * While a rebuild replays history the files are partial but the alerts are whole, so alerts the
   * partial file does not hold yet are not withdrawn; the rebuild reconsiders every file at the end.
   */
  withdrawing = true;

  readonly handle = async (envelope: EventEnvelope): Promise<void> => {
    // A tolerant reader: events this service does not follow (its own alerts, a newer event type) are skipped.
    const fact = factFromEnvelope(envelope, this.clock.now());
    if (!fact) return;
    const personId = personIdOf({ type: fact.type, data: fact.data } as AgencyEvent);
    await this.store.db.transaction(async (sql) => {
      if (!(await applyOnce(sql, this.store.options.schema, CHILD_WELFARE_CONSUMER, envelope.eventId))) return;
      await lockPersonFile(sql, personId);
      if (!(await keepFact(sql, personId, fact))) return;
      await this.judge(sql, personId, envelope.correlationId, envelope.eventId, this.withdrawing);
    });
  };

  /** Judges a person's whole file again with no new fact: the end of a rebuild. */
  async reconsider(personId: string): Promise<void> {
    await this.store.db.transaction(async (sql) => {
      await lockPersonFile(sql, personId);
      await this.judge(sql, personId, randomUUID(), null, true);
    });
  }

  private async judge(sql: Sql, personId: string, correlationId: string, causationId: string | null, withdraw: boolean): Promise<void> {
    const file = await loadPersonFile(sql, personId);
    const context = { now: this.clock.now(), personId, policyId: this.policy.policyId, correlationId, causationId };
    const outcomes = this.safeguards.evaluate(file);
    const withdrawals = withdraw ? withdrawUnheldAlerts(await this.alerts.standingAlertsOf(sql, personId), outcomes, this.safeguards.ruleIds) : [];
    await this.alerts.apply(sql, [...outcomes, ...withdrawals], context);
    await this.journeys.save(sql, file, { ...context, jurisdiction: this.policy });
    await this.indicators.save(sql, file);
  }
}
