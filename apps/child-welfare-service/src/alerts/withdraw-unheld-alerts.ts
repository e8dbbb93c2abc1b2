import type { SafeguardOutcome } from '../safeguards/safeguard-outcome';

export interface UnresolvedAlert {
  readonly ruleId: string;
  readonly subjectKey: string;
}

/** An alert the whole file no longer holds, to be withdrawn by the alert decider (WithdrawAlert). */
export interface AlertWithdrawal {
  readonly kind: 'withdraw-alert';
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly withdrawnAt: string;
}

/**
 * Alerts raised on facts that were incomplete at the time: a custody record that reached us
 * before the care arrangement made an hour earlier, or children seen at the arrest before the
 * screening named them. Every rule, evaluated on the whole file, names each subject it still
 * holds (a raise, a deadline kept, a resolution); an unresolved alert of one of these rules that
 * no outcome names any more was not a miss once every fact is in, and is withdrawn. This is what
 * makes the alerts, like the journeys, end the same whatever order the facts came in.
 */
export function withdrawUnheldAlerts(unresolved: readonly UnresolvedAlert[], outcomes: readonly SafeguardOutcome[], ruleIds: readonly string[], at: string): AlertWithdrawal[] {
  const held = new Set(outcomes.flatMap((o) => (o.kind === 'nothing' ? [] : [keyOf(o.kind === 'raise-alert' ? o.alert : o)])));
  const judged = new Set(ruleIds);
  return unresolved
    .filter((alert) => judged.has(alert.ruleId) && !held.has(keyOf(alert)))
    .map((alert) => ({ kind: 'withdraw-alert', ruleId: alert.ruleId, subjectKey: alert.subjectKey, withdrawnAt: at }));
}

function keyOf(o: { ruleId: string; subjectKey: string }): string {
  return `${o.ruleId}\u0000${o.subjectKey}`;
}
