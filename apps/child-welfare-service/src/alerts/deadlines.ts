import type { Sql } from '@safeguard/event-store';
import type { CancelDeadline, ScheduleDeadline } from '../safeguards/safeguard-outcome';

/**
 * The deadlines the rules keep (`child_welfare.deadlines`), one per rule and subject, read by the
 * deadline sweeper. Every writer holds the person's file lock first (the inbox and the sweeper
 * both take it) and then touches her deadlines in (rule, subject) order, so two writers never wait
 * on each other's deadline rows in opposite orders.
 */
export type DeadlineOutcome = ScheduleDeadline | CancelDeadline;

export interface DueDeadline {
  readonly ruleId: string;
  readonly subjectKey: string;
  /** The agency event that set it; null for a deadline armed before causes were kept. */
  readonly causedBy: string | null;
}

/** When deadlines are armed, by the injected clock, and how long an agency is given to finish reporting. */
export interface DeadlineArming {
  readonly now: Date;
  readonly reportingGraceMinutes: number;
}

/**
 * Schedules and cancels a person's deadlines in one statement. Each fires at its due time, or a
 * reporting grace after it was armed when that is later: a deadline armed already passed (a
 * record entered late, in a batch) waits for the records that follow it in the batch. A deadline that moved (an
 * extension authorised, a hearing rescheduled) is re-armed at its new time, by the fact that
 * moved it (and given the grace again); one that fired or was cancelled at the same time stays so. Should two outcomes name
 * the same deadline, the cancellation wins, as it would applied one after the other.
 */
export async function keepDeadlines(sql: Sql, personId: string, outcomes: readonly DeadlineOutcome[], arming: DeadlineArming): Promise<void> {
  await keepDeadlinesOfEach(sql, [{ personId, outcomes }], arming);
}

/**
 * `keepDeadlines` for several people in one statement (a rebuild judges many in one
 * transaction): the same rows, the same upsert.
 */
export async function keepDeadlinesOfEach(
  sql: Sql,
  people: ReadonlyArray<{ personId: string; outcomes: readonly DeadlineOutcome[] }>,
  arming: DeadlineArming,
): Promise<void> {
  const byKey = new Map<string, { personId: string; outcome: DeadlineOutcome }>();
  for (const { personId, outcomes } of people) {
    for (const o of outcomes) {
      const key = `${o.ruleId}\u0000${o.subjectKey}`;
      if (byKey.get(key)?.outcome.kind !== 'cancel-deadline') byKey.set(key, { personId, outcome: o });
    }
  }
  if (byKey.size === 0) return;
  const rows = [...byKey.values()].map(({ personId, outcome: o }) =>
    o.kind === 'schedule-deadline'
      ? { rule_id: o.ruleId, subject_key: o.subjectKey, person_id: personId, due_at: o.dueAt, status: 'pending', reason: null, caused_by: o.causedBy }
      : { rule_id: o.ruleId, subject_key: o.subjectKey, person_id: personId, due_at: null, status: 'cancelled', reason: o.reason, caused_by: null },
  );
  await sql.query(
    `INSERT INTO child_welfare.deadlines AS d (rule_id, subject_key, person_id, due_at, fires_at, status, reason, caused_by)
     SELECT o.rule_id, o.subject_key, o.person_id, coalesce(o.due_at, $2::timestamptz), greatest(coalesce(o.due_at, $2::timestamptz), $2::timestamptz + make_interval(mins => $3::int)),
            o.status, o.reason, o.caused_by
       FROM jsonb_to_recordset($1::jsonb) AS o(rule_id text, subject_key text, person_id text, due_at timestamptz, status text, reason text, caused_by uuid)
      ORDER BY o.rule_id, o.subject_key
     ON CONFLICT (rule_id, subject_key) DO UPDATE SET
       due_at = CASE WHEN EXCLUDED.status = 'pending' THEN EXCLUDED.due_at ELSE d.due_at END,
       fires_at = CASE WHEN EXCLUDED.status = 'pending' THEN EXCLUDED.fires_at ELSE d.fires_at END,
       caused_by = CASE WHEN EXCLUDED.status = 'pending' THEN EXCLUDED.caused_by ELSE d.caused_by END,
       reason = CASE WHEN EXCLUDED.status = 'cancelled' THEN EXCLUDED.reason ELSE d.reason END,
       status = EXCLUDED.status
     WHERE (EXCLUDED.status = 'pending' AND d.status IN ('pending', 'fired') AND d.due_at <> EXCLUDED.due_at)
        OR (EXCLUDED.status = 'cancelled' AND d.status = 'pending')`,
    [JSON.stringify(rows), arming.now.toISOString(), arming.reportingGraceMinutes],
  );
}

/** Whose deadlines are due, earliest first: the sweeper then takes each person's under her file's lock. */
export async function peopleWithDueDeadlines(sql: Sql, now: Date, limit: number): Promise<string[]> {
  const rows = await sql.query<{ person_id: string }>(
    `SELECT person_id FROM child_welfare.deadlines WHERE status = 'pending' AND fires_at <= $1 AND person_id IS NOT NULL
      GROUP BY person_id ORDER BY min(fires_at) LIMIT $2`,
    [now.toISOString(), limit],
  );
  return rows.map((r) => r.person_id);
}

/** A person's due deadlines, locked in (rule, subject) order; call it holding her file's lock. */
export async function lockDueDeadlines(sql: Sql, personId: string, now: Date): Promise<DueDeadline[]> {
  const rows = await sql.query<{ rule_id: string; subject_key: string; caused_by: string | null }>(
    `SELECT rule_id, subject_key, caused_by FROM child_welfare.deadlines WHERE person_id = $1 AND status = 'pending' AND fires_at <= $2
      ORDER BY rule_id, subject_key FOR UPDATE`,
    [personId, now.toISOString()],
  );
  return rows.map((r) => ({ ruleId: r.rule_id, subjectKey: r.subject_key, causedBy: r.caused_by }));
}

export async function markFired(sql: Sql, deadline: Pick<DueDeadline, 'ruleId' | 'subjectKey'>): Promise<void> {
  await sql.query(`UPDATE child_welfare.deadlines SET status = 'fired' WHERE rule_id = $1 AND subject_key = $2`, [
    deadline.ruleId,
    deadline.subjectKey,
  ]);
}

/** Deadlines from before deadlines named their person cannot be judged; they are fired so they stop coming back. */
export async function fireOrphanedDeadlines(sql: Sql, now: Date, limit: number): Promise<Array<Pick<DueDeadline, 'ruleId' | 'subjectKey'>>> {
  const rows = await sql.query<{ rule_id: string; subject_key: string }>(
    `UPDATE child_welfare.deadlines SET status = 'fired'
      WHERE (rule_id, subject_key) IN (
        SELECT rule_id, subject_key FROM child_welfare.deadlines WHERE status = 'pending' AND fires_at <= $1 AND person_id IS NULL
         ORDER BY rule_id, subject_key LIMIT $2 FOR UPDATE SKIP LOCKED)
      RETURNING rule_id, subject_key`,
    [now.toISOString(), limit],
  );
  return rows.map((r) => ({ ruleId: r.rule_id, subjectKey: r.subject_key }));
}
