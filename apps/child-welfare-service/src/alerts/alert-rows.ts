import type { AlertEvent, EventEnvelope } from '@safeguard/contracts';
import type { Sql } from '@safeguard/event-store';
import { changeKindOf, type AlertChangeKind } from './alert-changes';

/**
 * The alerts read model (`child_welfare.alerts`), projected from the events the alert decider
 * just appended, in their transaction, by the rules' path and the monitors' alike. The row's
 * `version` is the stream position of the last event applied, so it can be sent back as If-Match.
 * Every change also joins the change log the live alert stream follows, with the row as it stood
 * after that change.
 *
 * `subjectKeys` (alert id → subject key) is what a row is found by besides its id; the published
 * AlertRaised leaves it out, so the one writer that raises (the rules' AlertBook) passes it.
 *
 * The events may concern many alerts (a rebuild judges many people in one transaction): they are
 * applied in rounds, the first event of every alert, then the second, and so on, each round one
 * statement per kind of change and one for the change log, so an alert's changes keep their order
 * and each logged row is the alert as it stood after its own change.
 */
export async function projectAlertRows(sql: Sql, appended: readonly EventEnvelope[], subjectKeys?: ReadonlyMap<string, string>): Promise<void> {
  for (const round of inRounds(appended)) {
    const changes: { n: number; alert_id: string; kind: AlertChangeKind; at: string }[] = [];
    for (const [type, events] of byType(round)) {
      await projectRound(sql, type, events, subjectKeys);
      for (const e of events)
        changes.push({ n: changes.length, alert_id: e.event.data.alertId, kind: changeKindOf(e.event), at: changedAt(e.event) });
    }
    await sql.query(
      `INSERT INTO child_welfare.alert_changes (alert_id, kind, at, alert)
       SELECT c.alert_id, c.kind, c.at, to_jsonb(a) FROM jsonb_to_recordset($1::jsonb) AS c(n int, alert_id uuid, kind text, at timestamptz)
         JOIN child_welfare.alerts a ON a.alert_id = c.alert_id
        ORDER BY c.n`,
      [JSON.stringify(changes)],
    );
  }
}

interface Projected {
  readonly event: AlertEvent;
  readonly version: number;
}

/** The events in rounds: round k holds the k-th event of each alert, in the order they were appended. */
export function inRounds(appended: readonly EventEnvelope[]): Projected[][] {
  const seen = new Map<string, number>();
  const rounds: Projected[][] = [];
  for (const envelope of appended) {
    const event = { type: envelope.type, data: envelope.data } as AlertEvent;
    const k = seen.get(event.data.alertId) ?? 0;
    seen.set(event.data.alertId, k + 1);
    (rounds[k] ??= []).push({ event, version: envelope.streamPosition });
  }
  return rounds;
}

function byType(round: readonly Projected[]): Map<AlertEvent['type'], Projected[]> {
  const groups = new Map<AlertEvent['type'], Projected[]>();
  for (const p of round) groups.set(p.event.type, [...(groups.get(p.event.type) ?? []), p]);
  return groups;
}

/** When the change happened, for the change log. */
function changedAt(event: AlertEvent): string {
  switch (event.type) {
    case 'AlertRaised':
      return event.data.raisedAt;
    case 'AlertEscalated':
      return event.data.escalatedAt;
    case 'AlertAcknowledged':
      return event.data.acknowledgedAt;
    case 'AlertResolved':
      return event.data.resolvedAt;
    case 'AlertWithdrawn':
      return event.data.withdrawnAt;
    default: {
      const _exhaustive: never = event;
      throw new Error(`no alert row change for ${(event as AlertEvent).type}`);
    }
  }
}

/** Writes one round's events of one type into their rows (one alert each). */
async function projectRound(
  sql: Sql,
  type: AlertEvent['type'],
  events: readonly Projected[],
  subjectKeys: ReadonlyMap<string, string> | undefined,
): Promise<void> {
  const rows = (pick: (event: AlertEvent, version: number) => Record<string, unknown>) => JSON.stringify(events.map((p) => pick(p.event, p.version)));
  switch (type) {
    case 'AlertRaised': {
      await sql.query(
        `INSERT INTO child_welfare.alerts (alert_id, rule_id, subject_key, status, severity, person_id, arrest_id, child_ids,
           responsible_agency, responsible_unit_id, province, legal_basis, summary, due_at, raised_at, triggering_event_ids, policy_id, version)
         SELECT alert_id, rule_id, subject_key, 'open', severity, person_id, arrest_id, child_ids, responsible_agency, responsible_unit_id, province,
                legal_basis, summary, due_at, raised_at, triggering_event_ids, policy_id, version
           FROM jsonb_to_recordset($1::jsonb) AS r(alert_id uuid, rule_id text, subject_key text, severity text, person_id text, arrest_id uuid,
                child_ids jsonb, responsible_agency text, responsible_unit_id text, province text, legal_basis text, summary text, due_at timestamptz,
                raised_at timestamptz, triggering_event_ids jsonb, policy_id text, version int)
         ON CONFLICT (alert_id) DO UPDATE SET
           -- Raised again after a withdrawal: the alert as the new facts show it, nothing of before.
           status = 'open', severity = EXCLUDED.severity, arrest_id = EXCLUDED.arrest_id, child_ids = EXCLUDED.child_ids,
           responsible_agency = EXCLUDED.responsible_agency, responsible_unit_id = EXCLUDED.responsible_unit_id, province = EXCLUDED.province,
           legal_basis = EXCLUDED.legal_basis, summary = EXCLUDED.summary, due_at = EXCLUDED.due_at, raised_at = EXCLUDED.raised_at,
           triggering_event_ids = EXCLUDED.triggering_event_ids, policy_id = EXCLUDED.policy_id, version = EXCLUDED.version,
           acknowledged_at = NULL, acknowledged_by = NULL, acknowledgement_note = NULL,
           resolved_at = NULL, resolution = NULL, late_by_minutes = NULL, resolution_reason = NULL, resolved_by = NULL`,
        [
          rows((event, version) => {
            const d = (event as Extract<AlertEvent, { type: 'AlertRaised' }>).data;
            const subjectKey = subjectKeys?.get(d.alertId);
            if (subjectKey === undefined) throw new Error(`alert ${d.alertId} raised without its subject key: only the safeguard rules raise alerts`);
            return {
              alert_id: d.alertId,
              rule_id: d.ruleId,
              subject_key: subjectKey,
              severity: d.severity,
              person_id: d.personId,
              arrest_id: d.arrestId,
              child_ids: d.childIds,
              responsible_agency: d.responsibleAgency,
              responsible_unit_id: d.responsibleUnitId,
              province: d.province,
              legal_basis: d.legalBasis,
              summary: d.summary,
              due_at: d.dueAt,
              raised_at: d.raisedAt,
              triggering_event_ids: d.triggeringEventIds,
              policy_id: d.policyId,
              version,
            };
          }),
        ],
      );
      return;
    }
    case 'AlertEscalated':
      await sql.query(
        `UPDATE child_welfare.alerts a SET severity = r.to_severity, version = r.version
           FROM jsonb_to_recordset($1::jsonb) AS r(alert_id uuid, to_severity text, version int) WHERE a.alert_id = r.alert_id`,
        [
          rows((event, version) => {
            const e = (event as Extract<AlertEvent, { type: 'AlertEscalated' }>).data;
            return { alert_id: e.alertId, to_severity: e.toSeverity, version };
          }),
        ],
      );
      return;
    case 'AlertAcknowledged':
      await sql.query(
        `UPDATE child_welfare.alerts a SET status = 'acknowledged', acknowledged_at = r.acknowledged_at, acknowledged_by = r.acknowledged_by,
                acknowledgement_note = r.note, version = r.version
           FROM jsonb_to_recordset($1::jsonb) AS r(alert_id uuid, acknowledged_at timestamptz, acknowledged_by text, note text, version int)
          WHERE a.alert_id = r.alert_id`,
        [
          rows((event, version) => {
            const k = (event as Extract<AlertEvent, { type: 'AlertAcknowledged' }>).data;
            return { alert_id: k.alertId, acknowledged_at: k.acknowledgedAt, acknowledged_by: k.acknowledgedBy, note: k.note, version };
          }),
        ],
      );
      return;
    case 'AlertResolved':
      await sql.query(
        `UPDATE child_welfare.alerts a SET status = 'resolved', resolved_at = r.resolved_at, resolution = r.resolution, late_by_minutes = r.late_by_minutes,
                resolution_reason = r.reason, resolved_by = r.resolved_by, version = r.version
           FROM jsonb_to_recordset($1::jsonb) AS r(alert_id uuid, resolved_at timestamptz, resolution text, late_by_minutes int, reason text,
                resolved_by text, version int)
          WHERE a.alert_id = r.alert_id`,
        [
          rows((event, version) => {
            const r = (event as Extract<AlertEvent, { type: 'AlertResolved' }>).data;
            return {
              alert_id: r.alertId,
              resolved_at: r.resolvedAt,
              resolution: r.resolution,
              late_by_minutes: r.lateByMinutes,
              reason: r.reason,
              resolved_by: r.resolvedBy ?? null,
              version,
            };
          }),
        ],
      );
      return;
    case 'AlertWithdrawn':
      await sql.query(
        `UPDATE child_welfare.alerts a SET status = 'withdrawn', resolved_at = r.withdrawn_at, resolution = 'withdrawn', late_by_minutes = NULL,
                resolution_reason = r.reason, resolved_by = NULL, version = r.version
           FROM jsonb_to_recordset($1::jsonb) AS r(alert_id uuid, withdrawn_at timestamptz, reason text, version int) WHERE a.alert_id = r.alert_id`,
        [
          rows((event, version) => {
            const w = (event as Extract<AlertEvent, { type: 'AlertWithdrawn' }>).data;
            return { alert_id: w.alertId, withdrawn_at: w.withdrawnAt, reason: w.reason, version };
          }),
        ],
      );
      return;
    default: {
      const _exhaustive: never = type;
      throw new Error(`no alert row change for ${String(type)}`);
    }
  }
}
