import { randomUUID } from 'node:crypto';
import type { Actor, AlertEscalated, AlertRaised, AlertResolved, Severity } from '@safeguard/contracts';
import type { EventStore, Sql } from '@safeguard/event-store';
import type { SafeguardOutcome } from '../safeguards/safeguard-outcome';
import { alertIdFor, alertStreamId } from './alert-id';
import { applyToAlertRow, insertRaisedAlert } from './alert-rows';

/** Alerts are recorded by the service itself, on behalf of the oversight it serves. */
export const SAFEGUARD_RULES_ACTOR: Actor = { agency: 'oversight', role: 'oversight-monitor', unitId: 'child-welfare-service', userId: 'safeguard-rules' };

export interface OutcomeContext {
  readonly now: Date;
  /** Whose file the outcomes were decided on: the sweeper reads it again when a deadline passes. */
  readonly personId: string;
  readonly policyId: string;
  readonly correlationId: string;
  /** The event (or deadline's triggering event) the outcomes follow from. */
  readonly causationId: string | null;
}

/**
 * Carries out what the safeguard rules decided, inside the caller's transaction: deadlines kept
 * in a table the sweeper reads, alerts as event streams (published through the outbox) with
 * their read-model row and change-log entry written in the same transaction.
 */
export class AlertBook {
  constructor(private readonly store: EventStore) {}

  async apply(sql: Sql, outcomes: readonly SafeguardOutcome[], context: OutcomeContext): Promise<void> {
    for (const outcome of outcomes) {
      switch (outcome.kind) {
        case 'schedule-deadline':
          await sql.query(
            // A deadline that moved (an extension authorised, a hearing rescheduled) is re-armed at its new time.
            `INSERT INTO child_welfare.deadlines (rule_id, subject_key, person_id, due_at, status) VALUES ($1, $2, $3, $4, 'pending')
             ON CONFLICT (rule_id, subject_key) DO UPDATE SET due_at = EXCLUDED.due_at, status = 'pending'
             WHERE deadlines.status IN ('pending', 'fired') AND deadlines.due_at <> EXCLUDED.due_at`,
            [outcome.ruleId, outcome.subjectKey, context.personId, outcome.dueAt],
          );
          break;
        case 'cancel-deadline':
          await sql.query(
            `INSERT INTO child_welfare.deadlines (rule_id, subject_key, person_id, due_at, status, reason) VALUES ($1, $2, $3, now(), 'cancelled', $4)
             ON CONFLICT (rule_id, subject_key) DO UPDATE SET status = 'cancelled', reason = EXCLUDED.reason WHERE deadlines.status = 'pending'`,
            [outcome.ruleId, outcome.subjectKey, context.personId, outcome.reason],
          );
          break;
        case 'raise-alert':
          await this.raise(sql, outcome.alert, context);
          break;
        case 'escalate-alert':
          await this.escalate(sql, outcome, context);
          break;
        case 'resolve-alert':
          await this.resolve(sql, outcome, context);
          break;
        case 'nothing':
          break;
        default: {
          const _exhaustive: never = outcome;
        }
      }
    }
  }

  private async raise(sql: Sql, draft: Extract<SafeguardOutcome, { kind: 'raise-alert' }>['alert'], context: OutcomeContext): Promise<void> {
    const alertId = alertIdFor(draft.ruleId, draft.subjectKey);
    const existing = await sql.query(`SELECT 1 FROM child_welfare.alerts WHERE alert_id = $1`, [alertId]);
    if (existing.length > 0) return;
    const { subjectKey, ...published } = draft;
    const event: AlertRaised = {
      type: 'AlertRaised',
      data: { ...published, alertId, raisedAt: context.now.toISOString(), policyId: context.policyId },
    };
    await this.store.append(sql, alertStreamId(alertId), 0, [event], this.metadata(context));
    await insertRaisedAlert(sql, event, subjectKey);
  }

  private async escalate(sql: Sql, outcome: Extract<SafeguardOutcome, { kind: 'escalate-alert' }>, context: OutcomeContext): Promise<void> {
    const alertId = alertIdFor(outcome.ruleId, outcome.subjectKey);
    const [row] = await sql.query<{ status: string; version: number; person_id: string; severity: Severity }>(
      `SELECT status, version, person_id, severity FROM child_welfare.alerts WHERE alert_id = $1 FOR UPDATE`,
      [alertId],
    );
    if (!row || row.status === 'resolved' || SEVERITY_RANK[row.severity] >= SEVERITY_RANK[outcome.severity]) return;
    const event: AlertEscalated = {
      type: 'AlertEscalated',
      data: { alertId, ruleId: outcome.ruleId, personId: row.person_id, escalatedAt: outcome.escalatedAt, fromSeverity: row.severity, toSeverity: outcome.severity, reason: outcome.reason },
    };
    await this.store.append(sql, alertStreamId(alertId), row.version, [event], this.metadata(context));
    await applyToAlertRow(sql, event, row.version + 1);
  }

  private async resolve(sql: Sql, outcome: Extract<SafeguardOutcome, { kind: 'resolve-alert' }>, context: OutcomeContext): Promise<void> {
    const alertId = alertIdFor(outcome.ruleId, outcome.subjectKey);
    const [row] = await sql.query<{ status: string; version: number; person_id: string; resolution: string | null; resolved_at: Date | string | null }>(
      `SELECT status, version, person_id, resolution, resolved_at FROM child_welfare.alerts WHERE alert_id = $1 FOR UPDATE`,
      [alertId],
    );
    // An open or an acknowledged alert is resolved by the missing fact; one already resolved (by a monitor, say) stays as it is,
    // unless it was resolved by a fact and an earlier-dated fact has now arrived: the record is re-dated, so the
    // lateness an alert ends with does not depend on which agency's event reached us first.
    if (!row || (row.status === 'resolved' && !isEarlierFactResolution(row, outcome))) return;
    const event: AlertResolved = {
      type: 'AlertResolved',
      data: {
        alertId,
        ruleId: outcome.ruleId,
        personId: row.person_id,
        resolvedAt: outcome.resolvedAt,
        resolution: 'fact-recorded-late',
        lateByMinutes: outcome.lateByMinutes,
        reason: outcome.reason,
        resolvingEventIds: [...outcome.resolvingEventIds],
      },
    };
    await this.store.append(sql, alertStreamId(alertId), row.version, [event], this.metadata(context));
    await applyToAlertRow(sql, event, row.version + 1);
  }

  /** The alerts of a person not yet resolved: what the rules' whole-file verdict is checked against. */
  async openAlertsOf(sql: Sql, personId: string): Promise<{ ruleId: string; subjectKey: string }[]> {
    const rows = await sql.query<{ rule_id: string; subject_key: string }>(
      `SELECT rule_id, subject_key FROM child_welfare.alerts WHERE person_id = $1 AND status <> 'resolved'`,
      [personId],
    );
    return rows.map((r) => ({ ruleId: r.rule_id, subjectKey: r.subject_key }));
  }

  private metadata(context: OutcomeContext) {
    return { correlationId: context.correlationId ?? randomUUID(), causationId: context.causationId, actor: SAFEGUARD_RULES_ACTOR };
  }
}

function isEarlierFactResolution(
  row: { resolution: string | null; resolved_at: Date | string | null },
  outcome: Extract<SafeguardOutcome, { kind: 'resolve-alert' }>,
): boolean {
  return (
    row.resolution === 'fact-recorded-late' &&
    outcome.resolvingEventIds.length > 0 &&
    row.resolved_at !== null &&
    Date.parse(outcome.resolvedAt) < new Date(row.resolved_at).getTime()
  );
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
