/**
 * The public facts of the child-welfare service's alerts (topic `justice.child-welfare.alerts.v1`).
 * They carry references, never children's names: personal details stay in the child-welfare service.
 */
import type { Agency } from '../agencies';
import type { DomainEvent } from '../envelope';

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface AlertRaisedData {
  readonly alertId: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly personId: string;
  readonly arrestId: string | null;
  readonly childIds: readonly string[];
  readonly responsibleAgency: Agency;
  readonly responsibleUnitId: string | null;
  readonly province: string | null;
  readonly legalBasis: string;
  readonly summary: string;
  readonly dueAt: string;
  readonly raisedAt: string;
  readonly triggeringEventIds: readonly string[];
  readonly policyId: string;
}
export type AlertRaised = DomainEvent<'AlertRaised', AlertRaisedData>;

/**
 * An alert was resolved: the missing fact arrived late, or a monitor resolved it. (Before
 * AlertWithdrawn, an alert the facts later took back was resolved with `lateByMinutes` 0.) A later AlertResolved on the same alert re-dates a fact resolution when an earlier-dated
 * resolving fact arrived afterwards from another agency: the latest event is the resolution.
 */
export interface AlertResolvedData {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  readonly resolvedAt: string;
  readonly resolution: 'fact-recorded-late' | 'resolved-by-monitor';
  /** How long after the deadline the missing fact arrived; null when a monitor resolved it. */
  readonly lateByMinutes: number | null;
  readonly reason: string;
  readonly resolvingEventIds: readonly string[];
  /**
   * The monitor or welfare officer who resolved it (their user id); present exactly when the
   * resolution is `resolved-by-monitor`. Optional, so v1 events recorded before it stay valid.
   */
  readonly resolvedBy?: string;
}
export type AlertResolved = DomainEvent<'AlertResolved', AlertResolvedData>;

/** A monitor or welfare officer took the alert on: someone is following it up, with a note of what. */
export interface AlertAcknowledgedData {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  readonly acknowledgedAt: string;
  /** The user id of the credential that acknowledged it. */
  readonly acknowledgedBy: string;
  readonly note: string;
}
export type AlertAcknowledged = DomainEvent<'AlertAcknowledged', AlertAcknowledgedData>;

/** An open alert became more serious because the miss went on (a person held days past her sentence). */
export interface AlertEscalatedData {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  readonly escalatedAt: string;
  readonly fromSeverity: Severity;
  readonly toSeverity: Severity;
  readonly reason: string;
}
export type AlertEscalated = DomainEvent<'AlertEscalated', AlertEscalatedData>;

/**
 * The alert was raised on facts that were incomplete at the time, and the person's whole file,
 * once later records reached the service, shows no miss: the screening made at the station was
 * entered after the arrest's deadline was checked, or the child the prison recorded turned out to
 * be one the police had placed in care in time. A withdrawn alert is not a missed safeguard: it
 * leaves the board and every count of misses. Should later facts show the miss after all, the
 * alert is raised again (AlertRaised on the same alert).
 */
export interface AlertWithdrawnData {
  readonly alertId: string;
  readonly ruleId: string;
  readonly personId: string;
  /** When the service judged the whole file and found no miss (its clock). */
  readonly withdrawnAt: string;
  readonly reason: string;
}
export type AlertWithdrawn = DomainEvent<'AlertWithdrawn', AlertWithdrawnData>;

export type AlertEvent = AlertRaised | AlertAcknowledged | AlertEscalated | AlertResolved | AlertWithdrawn;
