import type { AlertAcknowledged, AlertEscalated, AlertRaised, AlertResolved, EventEnvelope } from '@safeguard/contracts';
import type { Sql } from '@safeguard/event-store';
import { changeKindOf, recordAlertChange } from './alert-changes';

/**
 * The alerts read model (`child_welfare.alerts`), written in the transaction that appends the
 * alert's events, its `version` kept equal to the stream's so it can be sent back as If-Match.
 * Every change also joins the change log the live alert stream follows.
 */
export async function insertRaisedAlert(sql: Sql, event: AlertRaised, subjectKey: string): Promise<void> {
  const d = event.data;
  await sql.query(
    `INSERT INTO child_welfare.alerts (alert_id, rule_id, subject_key, status, severity, person_id, arrest_id, child_ids,
       responsible_agency, responsible_unit_id, province, legal_basis, summary, due_at, raised_at, triggering_event_ids, policy_id, version)
     VALUES ($1, $2, $3, 'open', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1)`,
    [d.alertId, d.ruleId, subjectKey, d.severity, d.personId, d.arrestId, JSON.stringify(d.childIds), d.responsibleAgency, d.responsibleUnitId,
      d.province, d.legalBasis, d.summary, d.dueAt, d.raisedAt, JSON.stringify(d.triggeringEventIds), d.policyId],
  );
  await recordAlertChange(sql, d.alertId, changeKindOf(event), d.raisedAt);
}

/** Applies an acknowledgement or a resolution appended at `version` (the stream's version after it). */
export async function applyToAlertRow(sql: Sql, event: AlertAcknowledged | AlertEscalated | AlertResolved, version: number): Promise<void> {
  if (event.type === 'AlertEscalated') {
    const e = event.data;
    await sql.query(`UPDATE child_welfare.alerts SET severity = $2, version = $3 WHERE alert_id = $1`, [e.alertId, e.toSeverity, version]);
    await recordAlertChange(sql, e.alertId, changeKindOf(event), e.escalatedAt);
  } else if (event.type === 'AlertAcknowledged') {
    const a = event.data;
    await sql.query(
      `UPDATE child_welfare.alerts SET status = 'acknowledged', acknowledged_at = $2, acknowledged_by = $3, acknowledgement_note = $4, version = $5
        WHERE alert_id = $1`,
      [a.alertId, a.acknowledgedAt, a.acknowledgedBy, a.note, version],
    );
    await recordAlertChange(sql, a.alertId, changeKindOf(event), a.acknowledgedAt);
  } else {
    const r = event.data;
    await sql.query(
      `UPDATE child_welfare.alerts SET status = 'resolved', resolved_at = $2, resolution = $3, late_by_minutes = $4, resolution_reason = $5,
         resolved_by = $6, version = $7 WHERE alert_id = $1`,
      [r.alertId, r.resolvedAt, r.resolution, r.lateByMinutes, r.reason, r.resolvedBy ?? null, version],
    );
    await recordAlertChange(sql, r.alertId, changeKindOf(event), r.resolvedAt);
  }
}

/** The acknowledgements and resolutions a use case just appended, each at its stream position. */
export async function applyAppendedToAlertRow(sql: Sql, appended: readonly EventEnvelope[]): Promise<void> {
  for (const envelope of appended) {
    if (envelope.type !== 'AlertAcknowledged' && envelope.type !== 'AlertResolved') continue;
    await applyToAlertRow(sql, { type: envelope.type, data: envelope.data } as AlertAcknowledged | AlertResolved, envelope.streamPosition);
  }
}
