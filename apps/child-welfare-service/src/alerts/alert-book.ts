import type { Actor } from '@safeguard/contracts';
import { decideAndAppendIn, type EventStore, type Sql } from '@safeguard/event-store';
import type { SafeguardOutcome } from '../safeguards/safeguard-outcome';
import { alertDecider, type AlertCommand } from './alert.decider';
import { alertIdFor, alertStreamId } from './alert-id';
import { projectAlertRows } from './alert-rows';
import { keepDeadlines, type DeadlineOutcome } from './deadlines';

/**
 * Agency systems post what happened in batches (after an outage, at the end of a shift): fifteen
 * minutes lets the rest of a batch arrive before a deadline armed already passed is judged.
 */
export const DEFAULT_REPORTING_GRACE_MINUTES = 15;

/** Alerts are recorded by the service itself, on behalf of the oversight it serves. */
export const SAFEGUARD_RULES_ACTOR: Actor = { agency: 'oversight', role: 'oversight-monitor', unitId: 'child-welfare-service', userId: 'safeguard-rules' };

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
    await keepDeadlines(sql, context.personId, outcomes.filter(isDeadlineOutcome), { now: context.now, reportingGraceMinutes: this.reportingGraceMinutes });
    const metadata = { correlationId: context.correlationId, causationId: context.causationId, actor: SAFEGUARD_RULES_ACTOR };
    for (const outcome of outcomes) {
      const change = alertCommandOf(outcome, context);
      if (!change) continue;
      const result = await decideAndAppendIn(this.store, sql, {
        streamId: alertStreamId(alertIdFor(change.ruleId, change.subjectKey)),
        decider: alertDecider,
        command: change.command,
        metadata,
      });
      await projectAlertRows(sql, result.appended, change.subjectKey);
    }
  }

  /** A person's alerts raised and not withdrawn: what the rules' whole-file verdict is checked against. */
  async standingAlertsOf(sql: Sql, personId: string): Promise<{ ruleId: string; subjectKey: string }[]> {
    const rows = await sql.query<{ rule_id: string; subject_key: string }>(
      `SELECT rule_id, subject_key FROM child_welfare.alerts WHERE person_id = $1 AND status <> 'withdrawn'`,
      [personId],
    );
    return rows.map((r) => ({ ruleId: r.rule_id, subjectKey: r.subject_key }));
  }
}

function isDeadlineOutcome(outcome: SafeguardOutcome): outcome is DeadlineOutcome {
  return outcome.kind === 'schedule-deadline' || outcome.kind === 'cancel-deadline';
}

/** The alert command an outcome asks for, on the alert its rule and subject name; none for a deadline or a "nothing". */
function alertCommandOf(outcome: SafeguardOutcome, context: OutcomeContext): { ruleId: string; subjectKey: string; command: AlertCommand } | null {
  switch (outcome.kind) {
    case 'raise-alert': {
      const { ruleId, subjectKey } = outcome.alert;
      return { ruleId, subjectKey, command: { type: 'RaiseAlert', draft: outcome.alert, raisedAt: context.now.toISOString(), policyId: context.policyId } };
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
      return { ruleId: outcome.ruleId, subjectKey: outcome.subjectKey, command: { type: 'WithdrawAlert', withdrawnAt: context.now.toISOString(), reason: outcome.reason } };
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
