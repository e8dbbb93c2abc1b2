import type { EventEnvelope } from '@safeguard/contracts';
import { randomUUID } from 'node:crypto';
import type { EventStore, Sql } from '@safeguard/event-store';
import type { Clock } from '@safeguard/platform';
import type { AlertBook } from '../alerts/alert-book';
import type { IndicatorBook } from '../indicators/indicator-book';
import type { JourneyBook } from '../journeys/journey-book';
import { filedFactOf, type FiledFact } from '../person-file/person-file';
import { keepNewFacts, loadPersonFiles, lockPersonFiles } from '../person-file/person-file-store';
import { allSafeguards } from '../safeguards/all-safeguards';
import type { SafeguardPolicy } from '../safeguards/policy';
import { withdrawUnheldAlerts } from '../alerts/withdraw-unheld-alerts';

export const CHILD_WELFARE_CONSUMER = 'child-welfare-service';

/**
 * Applies each agency event once: the fact joins its person's file, and the journeys, deadlines
 * and alerts derived from the whole file commit with the fact in one transaction, so a
 * redelivered event changes nothing and events may arrive in any order. The facts table's primary
 * key (the event id) is the dedupe: an event already kept is not kept again and judges no one.
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

  readonly handle = async (envelope: EventEnvelope): Promise<void> => this.handleBatch([envelope]);

  /**
   * Applies a batch of events in one transaction: every new fact kept, then each person with a
   * new fact judged once on her whole file, however many of the batch's facts are hers. The
   * outcome is the one applying them one by one would reach, as a judgement is a function of the
   * whole file and not of the order facts came in; the batch's last new fact of a person is named
   * as the cause of what her judgement changes.
   */
  readonly handleBatch = async (envelopes: readonly EventEnvelope[]): Promise<void> => {
    const receivedAt = this.clock.now();
    // A tolerant reader: events this service does not follow (its own alerts, a newer event type) are skipped.
    const filed: (FiledFact & { readonly envelope: EventEnvelope })[] = [];
    for (const envelope of envelopes) {
      const fact = filedFactOf(envelope, receivedAt);
      if (fact) filed.push({ ...fact, envelope });
    }
    if (filed.length === 0) return;
    await this.store.db.transaction(async (sql) => {
      await lockPersonFiles(
        sql,
        filed.map((f) => f.personId),
      );
      const causes = new Map<string, EventEnvelope>();
      for (const f of await keepNewFacts(sql, filed)) causes.set(f.personId, f.envelope);
      if (causes.size === 0) return;
      await this.judge(
        sql,
        [...causes].map(([personId, cause]) => ({ personId, correlationId: cause.correlationId, causationId: cause.eventId })),
      );
    });
  };

  /**
   * Judges people's whole files again with no new fact, in one transaction: at the end of a
   * rebuild, whose load kept their facts without judging them, each person once, many at a time.
   */
  async reconsider(personIds: readonly string[], correlationId: string = randomUUID()): Promise<void> {
    await this.store.db.transaction(async (sql) => {
      await lockPersonFiles(sql, personIds);
      await this.judge(
        sql,
        personIds.map((personId) => ({ personId, correlationId, causationId: null })),
      );
    });
  }

  /**
   * The one judgement, of one person's file on a new fact or of many at a rebuild's end: every
   * rule on the whole file, the alerts the file no longer holds withdrawn, then alerts and
   * deadlines, journeys and indicators written for everyone at once.
   */
  private async judge(sql: Sql, people: ReadonlyArray<{ personId: string; correlationId: string; causationId: string | null }>): Promise<void> {
    const files = await loadPersonFiles(
      sql,
      people.map((p) => p.personId),
    );
    const standing = await this.alerts.standingAlertsOfEach(
      sql,
      people.map((p) => p.personId),
    );
    const now = this.clock.now();
    const judged = people.map(({ personId, correlationId, causationId }, i) => {
      const outcomes = this.safeguards.evaluate(files[i]);
      const withdrawals = withdrawUnheldAlerts(standing.get(personId) ?? [], outcomes, this.safeguards.ruleIds);
      const context = { now, personId, policyId: this.policy.policyId, correlationId, causationId };
      return { file: files[i], outcomes: [...outcomes, ...withdrawals], context };
    });
    await this.alerts.applyEach(sql, judged);
    await this.journeys.saveEach(
      sql,
      judged.map(({ file, context }) => ({ file, context: { ...context, jurisdiction: this.policy } })),
    );
    await this.indicators.saveEach(sql, files);
  }
}
