import type { Principal } from '@safeguard/auth';
import type { Role } from '@safeguard/contracts';

/**
 * An agency's work queue: the police unit, court or prison that must act reads the alerts it is
 * the responsible unit of (a credential of the whole agency, all of its agency's), and nothing
 * else. It does not acknowledge or resolve them: it records the fact owed, in its own service,
 * and the alert resolves itself, saying how late. Monitors, welfare officers and integrators read
 * every alert, as before.
 */
export const AGENCY_ROLES: readonly Role[] = ['police-officer', 'court-clerk', 'judge', 'prison-officer'];

/** Who may read alerts at all. */
export const ALERT_READERS: readonly Role[] = ['oversight-monitor', 'child-welfare-officer', 'integrator', ...AGENCY_ROLES];

/** The part of the board a caller reads: a unit, an agency, or (undefined both) all of it. */
export interface QueueScope {
  readonly unitId?: string;
  readonly agency?: string;
}

export function queueScopeOf(caller: Pick<Principal, 'role' | 'scope' | 'unitId' | 'agency'>): QueueScope {
  if (!AGENCY_ROLES.includes(caller.role)) return {};
  return caller.scope === 'own-unit' ? { unitId: caller.unitId } : { agency: caller.agency };
}

export function inQueue(scope: QueueScope, alert: { readonly responsibleUnitId: string | null; readonly responsibleAgency: string }): boolean {
  if (scope.unitId !== undefined) return alert.responsibleUnitId === scope.unitId;
  if (scope.agency !== undefined) return alert.responsibleAgency === scope.agency;
  return true;
}
