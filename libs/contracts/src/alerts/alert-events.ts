/**
 * The public facts of the child-welfare service's alerts (topic `justice.child-welfare.alerts.v1`).
 * They carry references, never children's names: personal details stay in the child-welfare service.
 */
import type { DomainEvent } from '../envelope';
import type {
  AlertAcknowledgedDataV1,
  AlertEscalatedDataV1,
  AlertRaisedDataV1,
  AlertResolvedDataV1,
  AlertWithdrawnDataV1,
} from '../generated/event-data';

export type AlertRaisedData = AlertRaisedDataV1;
export type Severity = AlertRaisedData['severity'];
export type AlertRaised = DomainEvent<'AlertRaised', AlertRaisedData>;

/**
 * An alert was resolved: the missing fact arrived late, or a monitor resolved it. (Before
 * AlertWithdrawn, an alert the facts later took back was resolved with `lateByMinutes` 0.) A later AlertResolved on the same alert re-dates a fact resolution when an earlier-dated
 * resolving fact arrived afterwards from another agency: the latest event is the resolution.
 */
export type AlertResolvedData = AlertResolvedDataV1;
export type AlertResolved = DomainEvent<'AlertResolved', AlertResolvedData>;

/** A monitor or welfare officer took the alert on: someone is following it up, with a note of what. */
export type AlertAcknowledgedData = AlertAcknowledgedDataV1;
export type AlertAcknowledged = DomainEvent<'AlertAcknowledged', AlertAcknowledgedData>;

/** An open alert became more serious because the miss went on (a person held days past her sentence). */
export type AlertEscalatedData = AlertEscalatedDataV1;
export type AlertEscalated = DomainEvent<'AlertEscalated', AlertEscalatedData>;

/**
 * The alert was raised on facts that were incomplete at the time, and the person's whole file,
 * once later records reached the service, shows no miss: the screening made at the station was
 * entered after the arrest's deadline was checked, or the child the prison recorded turned out to
 * be one the police had placed in care in time. A withdrawn alert is not a missed safeguard: it
 * leaves the board and every count of misses. Should later facts show the miss after all, the
 * alert is raised again (AlertRaised on the same alert).
 */
export type AlertWithdrawnData = AlertWithdrawnDataV1;
export type AlertWithdrawn = DomainEvent<'AlertWithdrawn', AlertWithdrawnData>;

export type AlertEvent = AlertRaised | AlertAcknowledged | AlertEscalated | AlertResolved | AlertWithdrawn;
