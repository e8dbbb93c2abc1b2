import type { Role } from '@safeguard/contracts';
import type { AlertView } from './alert.view';

/**
 * What an integrator's system reads of an alert: what happened and where it stands, not what
 * the monitors wrote or who they are. A monitor's acknowledgement note and the reason she typed
 * when resolving are case work (they name carers, relatives, children), and the user ids of who
 * took the alert on or resolved it name people: all four are null for the integrator role, on
 * every route, the live stream and webhooks, and for the agencies' own credentials, which hear of
 * the alerts their unit must act on by webhook. The reason a fact's arrival gave stays: the
 * service wrote it.
 */
export const INTEGRATOR_WITHHOLDS =
  'For the integrator role, acknowledgementNote, acknowledgedBy and resolvedBy are always null, and resolutionReason is null when a monitor resolved the alert (resolved-by-monitor): what monitors write and who they are stays with the oversight body.';

/** Who reads the case work in full: the oversight body and the welfare officers who act on it. */
export function seesCaseWork(role: Role): boolean {
  return role === 'oversight-monitor' || role === 'child-welfare-officer';
}

export function alertAsReadBy(role: Role, alert: AlertView): AlertView {
  if (seesCaseWork(role)) return alert;
  return {
    // AlertView is a Swagger class, but an alert is a plain object read from a row: no prototype to lose.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    ...alert,
    acknowledgementNote: null,
    acknowledgedBy: null,
    resolvedBy: null,
    resolutionReason: alert.resolution === 'resolved-by-monitor' ? null : alert.resolutionReason,
  };
}
