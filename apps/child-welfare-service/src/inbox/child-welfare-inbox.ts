import type { EventEnvelope } from '@safeguard/contracts';
import { randomUUID } from 'node:crypto';
import { applyOnce, type EventStore, type Sql } from '@safeguard/event-store';
import type { Clock } from '@safeguard/platform';
import type { AlertBook } from '../alerts/alert-book';
import type { IndicatorBook } from '../indicators/indicator-book';
import type { JourneyBook } from '../journeys/journey-book';
import { filedFactOf } from '../person-file/person-file';
import { keepFact, loadPersonFiles, lockPersonFile, lockPersonFiles } from '../person-file/person-file-store';
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

  readonly handle = async (envelope: EventEnvelope): Promise<void> => {
    // A tolerant reader: events this service does not follow (its own alerts, a newer event type) are skipped.
    const filed = filedFactOf(envelope, this.clock.now());
    if (!filed) return;
    const { personId, fact } = filed;
    await this.store.db.transaction(async (sql) => {
      if (!(await applyOnce(sql, this.store.options.schema, CHILD_WELFARE_CONSUMER, envelope.eventId))) return;
      await lockPersonFile(sql, personId);
      if (!(await keepFact(sql, personId, fact))) return;
      await this.judge(sql, [{ personId, correlationId: envelope.correlationId, causationId: envelope.eventId }]);
    });
  };

  /**
   * Judges people's whole files again with no new fact, in one transaction: at the end of a
   * rebuild, whose load kept their facts without judging them, each person once, many at a time.
   */
  async reconsider(personIds: readonly string[], correlationId: string = randomUUID()): Promise<void> {
    await this.store.db.transaction(async (sql) => {
      await lockPersonFiles(sql, personIds);
      await this.judge(sql, personIds.map((personId) => ({ personId, correlationId, causationId: null })));
    });
  }

  /**
   * The one judgement, of one person's file on a new fact or of many at a rebuild's end: every
   * rule on the whole file, the alerts the file no longer holds withdrawn, then alerts and
   * deadlines, journeys and indicators written for everyone at once.
   */
  private async judge(sql: Sql, people: ReadonlyArray<{ personId: string; correlationId: string; causationId: string | null }>): Promise<void> {
    const files = await loadPersonFiles(sql, people.map((p) => p.personId));
    const standing = await this.alerts.standingAlertsOfEach(sql, people.map((p) => p.personId));
    const now = this.clock.now();
    const judged = people.map(({ personId, correlationId, causationId }, i) => {
      const outcomes = this.safeguards.evaluate(files[i]);
      const withdrawals = withdrawUnheldAlerts(standing.get(personId) ?? [], outcomes, this.safeguards.ruleIds);
      const context = { now, personId, policyId: this.policy.policyId, correlationId, causationId };
      return { file: files[i], outcomes: [...outcomes, ...withdrawals], context };
    });
    await this.alerts.applyEach(sql, judged);
    await this.journeys.saveEach(sql, judged.map(({ file, context }) => ({ file, context: { ...context, jurisdiction: this.policy } })));
    await this.indicators.saveEach(sql, files);
  }
}
