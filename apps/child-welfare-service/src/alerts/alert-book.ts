import type { Actor, AlertEvent } from '@safeguard/contracts';
import { fold } from '@safeguard/domain';
import type { AppendMetadata, EventStore, Sql } from '@safeguard/event-store';
import type { SafeguardOutcome } from '../safeguards/safeguard-outcome';
import { alertDecider, type AlertCommand } from './alert.decider';
import { alertIdFor, alertStreamId } from './alert-id';
import { projectAlertRows } from './alert-rows';
import type { AlertState } from './alert.state';
import { keepDeadlinesOfEach, type DeadlineOutcome } from './deadlines';
import type { StandingAlert } from './withdraw-unheld-alerts';

/**
 * Agency systems post what happened in batches (after an outage, at the end of a shift): fifteen
 * minutes lets the rest of a batch arrive before a deadline armed already passed is judged.
 */
export const DEFAULT_REPORTING_GRACE_MINUTES = 15;

/** Alerts are recorded by the service itself, on behalf of the oversight it serves. */
export const SAFEGUARD_RULES_ACTOR: Actor = {
  agency: 'oversight',
  role: 'oversight-monitor',
  unitId: 'child-welfare-service',
  userId: 'safeguard-rules',
};

export interface OutcomeContext {
  readonly now: Date;
  /** Whose file the outcomes were decided on: the sweeper reads it again when a deadline passes. */
  readonly personId: string;
  readonly policyId: string;
  readonly correlationId: string;
  /** The agency event the outcomes follow from: the new fact, or the one that set a deadline that passed. */
  readonly causationId: string | null;
}

/**
 * Carries out what the safeguard rules decided, inside the caller's transaction (which holds the
 * person's file lock): her deadlines in one statement, then each alert change as a command to the
 * alert decider on the alert's stream (published through the outbox), the read-model row and
 * change log projected from what it appended. A command that changes nothing costs one stream read.
 */
export class AlertBook {
  /**
   * `reportingGraceMinutes`: how long after a deadline is armed it may first fire (see
   * `keepDeadlines`); a deadline due later than that fires when due.
   */
  constructor(
    private readonly store: EventStore,
    private readonly reportingGraceMinutes = DEFAULT_REPORTING_GRACE_MINUTES,
  ) {}

  async apply(sql: Sql, outcomes: readonly SafeguardOutcome[], context: OutcomeContext): Promise<void> {
    await this.applyEach(sql, [{ outcomes, context }]);
  }

  /**
   * What the rules decided for several people, in their one transaction (a rebuild judges many
   * people at once), with a handful of statements whatever their number: every deadline, then
   * every alert stream the commands name read at once, each command decided on its stream as it
   * stands after the ones before it, every new event appended at once, and the rows projected.
   * The same commands on the same streams, so the same events, as applying each person's in turn.
   */
  async applyEach(sql: Sql, decisions: ReadonlyArray<{ outcomes: readonly SafeguardOutcome[]; context: OutcomeContext }>): Promise<void> {
    await keepDeadlinesOfEach(
      sql,
      decisions.map(({ outcomes, context }) => ({ personId: context.personId, outcomes: outcomes.filter(isDeadlineOutcome) })),
      { now: decisions[0]?.context.now ?? new Date(), reportingGraceMinutes: this.reportingGraceMinutes },
    );
    const changes = decisions.flatMap(({ outcomes, context }) =>
      outcomes.flatMap((outcome) => {
        const change = alertCommandOf(outcome, context);
        return change ? [{ ...change, alertId: alertIdFor(change.ruleId, change.subjectKey), context }] : [];
      }),
    );
    if (changes.length === 0) return;
    const streams = await this.store.readStreams(
      changes.map((c) => alertStreamId(c.alertId)),
      sql,
    );
    const decided = new Map<string, { read: number; state: AlertState; events: AlertEvent[]; metadata: AppendMetadata }>();
    const subjectKeys = new Map<string, string>();
    for (const change of changes) {
      const streamId = alertStreamId(change.alertId);
      let stream = decided.get(streamId);
      if (!stream) {
        const stored = streams.get(streamId);
        if (!stored) throw new Error(`${streamId} was asked for and not read`);
        const state = fold(
          alertDecider.evolve,
          alertDecider.initialState,
          stored.events.map((e) => ({ type: e.type, data: e.data }) as AlertEvent),
        );
        stream = { read: stored.version, state, events: [], metadata: metadataOf(change.context) };
        decided.set(streamId, stream);
      }
      const events = alertDecider.decide(change.command, stream.state);
      stream.state = fold(alertDecider.evolve, stream.state, events);
      stream.events.push(...events);
      subjectKeys.set(change.alertId, change.subjectKey);
    }
    const appended = await this.store.appendEach(
      sql,
      [...decided].map(([streamId, d]) => ({ streamId, expectedVersion: d.read, events: d.events, metadata: d.metadata })),
    );
    await projectAlertRows(sql, appended, subjectKeys);
  }

  /** A person's alerts raised and not withdrawn: what the rules' whole-file verdict is checked against. */
  async standingAlertsOf(sql: Sql, personId: string): Promise<StandingAlert[]> {
    return (await this.standingAlertsOfEach(sql, [personId])).get(personId) ?? [];
  }

  /** `standingAlertsOf` for several people in one query; everyone asked about is in the map. */
  async standingAlertsOfEach(sql: Sql, personIds: readonly string[]): Promise<Map<string, StandingAlert[]>> {
    const standing = new Map<string, StandingAlert[]>(personIds.map((id) => [id, []]));
    const rows = await sql.query<{ person_id: string; rule_id: string; subject_key: string }>(
      `SELECT person_id, rule_id, subject_key FROM child_welfare.alerts WHERE person_id = ANY($1::text[]) AND status <> 'withdrawn'`,
      [personIds],
    );
    for (const r of rows) standing.get(r.person_id)?.push({ ruleId: r.rule_id, subjectKey: r.subject_key });
    return standing;
  }
}

/** The metadata of the alert events the rules append, from the first command on their stream. */
function metadataOf(context: OutcomeContext): AppendMetadata {
  return { correlationId: context.correlationId, causationId: context.causationId, actor: SAFEGUARD_RULES_ACTOR };
}

function isDeadlineOutcome(outcome: SafeguardOutcome): outcome is DeadlineOutcome {
  return outcome.kind === 'schedule-deadline' || outcome.kind === 'cancel-deadline';
}

/** The alert command an outcome asks for, on the alert its rule and subject name; none for a deadline or a "nothing". */
function alertCommandOf(outcome: SafeguardOutcome, context: OutcomeContext): { ruleId: string; subjectKey: string; command: AlertCommand } | null {
  switch (outcome.kind) {
    case 'raise-alert': {
      const { ruleId, subjectKey } = outcome.alert;
      return {
        ruleId,
        subjectKey,
        command: { type: 'RaiseAlert', draft: outcome.alert, raisedAt: context.now.toISOString(), policyId: context.policyId },
      };
    }
    case 'escalate-alert': {
      const { ruleId, subjectKey, severity, escalatedAt, reason } = outcome;
      return { ruleId, subjectKey, command: { type: 'EscalateAlert', severity, escalatedAt, reason } };
    }
    case 'resolve-alert': {
      const { ruleId, subjectKey, resolvedAt, lateByMinutes, reason, resolvingEventIds } = outcome;
      return { ruleId, subjectKey, command: { type: 'ResolveAlertByFact', resolvedAt, lateByMinutes, reason, resolvingEventIds } };
    }
    case 'withdraw-alert':
      return {
        ruleId: outcome.ruleId,
        subjectKey: outcome.subjectKey,
        command: { type: 'WithdrawAlert', withdrawnAt: context.now.toISOString(), reason: outcome.reason },
      };
    case 'schedule-deadline':
    case 'cancel-deadline':
    case 'nothing':
      return null;
    default: {
      const _exhaustive: never = outcome;
      return null;
    }
  }
}
