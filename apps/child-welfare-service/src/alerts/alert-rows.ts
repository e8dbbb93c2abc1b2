import type { AlertEvent, EventEnvelope } from '@safeguard/contracts';
import type { Sql } from '@safeguard/event-store';
import { changeKindOf, recordAlertChange } from './alert-changes';

/**
 * The alerts read model (`child_welfare.alerts`), projected from the events the alert decider
 * just appended, in their transaction, by the rules' path and the monitors' alike. The row's
 * `version` is the stream position of the last event applied, so it can be sent back as If-Match.
 * Every change also joins the change log the live alert stream follows.
 *
 * `subjectKey` is what the row is found by besides its id; the published AlertRaised leaves it
 * out, so the one writer that raises (the rules' AlertBook) passes it.
 */
export async function projectAlertRows(sql: Sql, appended: readonly EventEnvelope[], subjectKey?: string): Promise<void> {
  for (const envelope of appended) {
    const event = { type: envelope.type, data: envelope.data } as AlertEvent;
    const at = await projectAlertRow(sql, event, envelope.streamPosition, subjectKey);
    await recordAlertChange(sql, event.data.alertId, changeKindOf(event), at);
  }
}

/** Writes one event into the row; returns the time the change happened, for the change log. */
async function projectAlertRow(sql: Sql, event: AlertEvent, version: number, subjectKey: string | undefined): Promise<string> {
  switch (event.type) {
    case 'AlertRaised': {
      const d = event.data;
      if (subjectKey === undefined) throw new Error(`alert ${d.alertId} raised without its subject key: only the safeguard rules raise alerts`);
      await sql.query(
        `INSERT INTO child_welfare.alerts (alert_id, rule_id, subject_key, status, severity, person_id, arrest_id, child_ids,
           responsible_agency, responsible_unit_id, province, legal_basis, summary, due_at, raised_at, triggering_event_ids, policy_id, version)
         VALUES ($1, $2, $3, 'open', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (alert_id) DO UPDATE SET
           -- Raised again after a withdrawal: the alert as the new facts show it, nothing of before.
           status = 'open', severity = EXCLUDED.severity, arrest_id = EXCLUDED.arrest_id, child_ids = EXCLUDED.child_ids,
           responsible_agency = EXCLUDED.responsible_agency, responsible_unit_id = EXCLUDED.responsible_unit_id, province = EXCLUDED.province,
           legal_basis = EXCLUDED.legal_basis, summary = EXCLUDED.summary, due_at = EXCLUDED.due_at, raised_at = EXCLUDED.raised_at,
           triggering_event_ids = EXCLUDED.triggering_event_ids, policy_id = EXCLUDED.policy_id, version = EXCLUDED.version,
           acknowledged_at = NULL, acknowledged_by = NULL, acknowledgement_note = NULL,
           resolved_at = NULL, resolution = NULL, late_by_minutes = NULL, resolution_reason = NULL, resolved_by = NULL`,
        [d.alertId, d.ruleId, subjectKey, d.severity, d.personId, d.arrestId, JSON.stringify(d.childIds), d.responsibleAgency, d.responsibleUnitId,
          d.province, d.legalBasis, d.summary, d.dueAt, d.raisedAt, JSON.stringify(d.triggeringEventIds), d.policyId, version],
      );
      return d.raisedAt;
    }
    case 'AlertEscalated': {
      const e = event.data;
      await sql.query(`UPDATE child_welfare.alerts SET severity = $2, version = $3 WHERE alert_id = $1`, [e.alertId, e.toSeverity, version]);
      return e.escalatedAt;
    }
    case 'AlertAcknowledged': {
      const a = event.data;
      await sql.query(
        `UPDATE child_welfare.alerts SET status = 'acknowledged', acknowledged_at = $2, acknowledged_by = $3, acknowledgement_note = $4, version = $5
          WHERE alert_id = $1`,
        [a.alertId, a.acknowledgedAt, a.acknowledgedBy, a.note, version],
      );
      return a.acknowledgedAt;
    }
    case 'AlertResolved': {
      const r = event.data;
      await sql.query(
        `UPDATE child_welfare.alerts SET status = 'resolved', resolved_at = $2, resolution = $3, late_by_minutes = $4, resolution_reason = $5,
           resolved_by = $6, version = $7 WHERE alert_id = $1`,
        [r.alertId, r.resolvedAt, r.resolution, r.lateByMinutes, r.reason, r.resolvedBy ?? null, version],
      );
      return r.resolvedAt;
    }
    case 'AlertWithdrawn': {
      const w = event.data;
      await sql.query(
        `UPDATE child_welfare.alerts SET status = 'withdrawn', resolved_at = $2, resolution = 'withdrawn', late_by_minutes = NULL, resolution_reason = $3,
           resolved_by = NULL, version = $4 WHERE alert_id = $1`,
        [w.alertId, w.withdrawnAt, w.reason, version],
      );
      return w.withdrawnAt;
    }
    default: {
      const _exhaustive: never = event;
      throw new Error(`no alert row change for ${(event as AlertEvent).type}`);
    }
  }
}
