import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { jsonColumn } from '@safeguard/event-store';
import { contactOf, type UnitContact, type UnitLookup } from '@safeguard/units';

/** Whom a monitor calls about an alert: the responsible unit as the unit registry lists it. */
export class ResponsibleUnitView implements UnitContact {
  @ApiProperty({ example: 'CC2' }) unitId: string;
  @ApiProperty({ example: 'Correctional Centre 2 (CC2), Prey Sar: women and juveniles' }) name: string;
  @ApiPropertyOptional({ nullable: true, example: '+855 23 000 012' }) phone: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'cc2@example.org' }) email: string | null;
}

/** An alert as monitors read it. */
export class AlertView {
  @ApiProperty({ format: 'uuid' }) alertId: string;
  @ApiProperty({ example: 'dependants-not-asked-at-arrest' }) ruleId: string;
  @ApiProperty({ enum: ['open', 'acknowledged', 'resolved', 'withdrawn'] }) status: string;
  @ApiProperty({ enum: ['low', 'medium', 'high', 'critical'] }) severity: string;
  @ApiProperty() personId: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) arrestId: string | null;
  @ApiProperty({ type: [String] }) childIds: string[];
  @ApiProperty({ enum: ['police', 'court', 'prison'] }) responsibleAgency: string;
  @ApiPropertyOptional({ nullable: true }) responsibleUnitId: string | null;
  @ApiPropertyOptional({
    type: ResponsibleUnitView,
    nullable: true,
    description:
      'The responsible unit from the unit registry (GET /units/{unitId}); null when the alert names no unit or one the registry does not hold (a judge, a courtroom)',
  })
  responsibleUnit: ResponsibleUnitView | null;
  @ApiPropertyOptional({ nullable: true }) province: string | null;
  @ApiProperty() legalBasis: string;
  @ApiProperty() summary: string;
  @ApiProperty() dueAt: string;
  @ApiProperty() raisedAt: string;
  @ApiPropertyOptional({ nullable: true, description: 'When a monitor or welfare officer took the alert on' }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The user id of who took it on; null for the integrator role' }) acknowledgedBy: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'What is being done about it, as the monitor wrote it; null for the integrator role' })
  acknowledgementNote: string | null;
  @ApiPropertyOptional({ nullable: true }) resolvedAt: string | null;
  @ApiPropertyOptional({
    nullable: true,
    enum: ['fact-recorded-late', 'resolved-by-monitor', 'withdrawn'],
    description: 'withdrawn: taken back, later facts showed no miss (resolvedAt is when)',
  })
  resolution: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'How long after the deadline the missing fact arrived' }) lateByMinutes: number | null;
  @ApiPropertyOptional({
    nullable: true,
    description: 'Why it was resolved; null for the integrator role when a monitor resolved it and typed the reason',
  })
  resolutionReason: string | null;
  @ApiPropertyOptional({
    nullable: true,
    description: 'The user id of the monitor or officer who resolved it; null when the missing fact resolved it, and always for the integrator role',
  })
  resolvedBy: string | null;
  @ApiProperty({ type: [String] }) triggeringEventIds: string[];
  @ApiProperty() policyId: string;
  @ApiProperty({ description: "The alert stream's version: send it back as If-Match" }) version: number;
}

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());
/** A NOT NULL timestamp column. */
const isoRequired = (v: unknown) => new Date(v as string).toISOString();

/** An alert row (or the row as the change log kept it), with its responsible unit looked up in the registry as it stands now. */
export function toAlertView(row: Record<string, unknown>, units: UnitLookup): AlertView {
  const responsibleUnitId = (row.responsible_unit_id as string | null) ?? null;
  const responsibleUnit = responsibleUnitId === null ? undefined : units.unit(responsibleUnitId);
  return {
    alertId: String(row.alert_id),
    ruleId: String(row.rule_id),
    status: String(row.status),
    severity: String(row.severity),
    personId: String(row.person_id),
    arrestId: (row.arrest_id as string | null) ?? null,
    childIds: jsonColumn<string[]>(row.child_ids),
    responsibleAgency: String(row.responsible_agency),
    responsibleUnitId,
    responsibleUnit: responsibleUnit ? contactOf(responsibleUnit) : null,
    province: (row.province as string | null) ?? null,
    legalBasis: String(row.legal_basis),
    summary: String(row.summary),
    dueAt: isoRequired(row.due_at),
    raisedAt: isoRequired(row.raised_at),
    acknowledgedAt: iso(row.acknowledged_at),
    acknowledgedBy: (row.acknowledged_by as string | null) ?? null,
    acknowledgementNote: (row.acknowledgement_note as string | null) ?? null,
    resolvedAt: iso(row.resolved_at),
    resolution: (row.resolution as string | null) ?? null,
    lateByMinutes: row.late_by_minutes === null || row.late_by_minutes === undefined ? null : Number(row.late_by_minutes),
    resolutionReason: (row.resolution_reason as string | null) ?? null,
    resolvedBy: (row.resolved_by as string | null) ?? null,
    triggeringEventIds: jsonColumn<string[]>(row.triggering_event_ids),
    policyId: String(row.policy_id),
    version: Number(row.version),
  };
}
