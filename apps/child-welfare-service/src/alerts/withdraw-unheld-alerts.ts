import type { ResolveAlert, SafeguardOutcome } from './safeguard-outcome';

export interface OpenAlert {
  readonly ruleId: string;
  readonly subjectKey: string;
}

/**
 * Alerts raised on facts that were incomplete at the time: a custody record that reached us
 * before the care arrangement made an hour earlier, or children seen at the arrest before the
 * screening named them. Every rule, evaluated on the whole file, names each subject it still
 * holds (a raise, a deadline kept, a resolution); an open alert of one of these rules that no
 * outcome names any more was not a miss once every fact is in, and is withdrawn. This is what
 * makes the alerts, like the journeys, end the same whatever order the facts came in.
 */
export function withdrawUnheldAlerts(open: readonly OpenAlert[], outcomes: readonly SafeguardOutcome[], ruleIds: readonly string[], at: string): ResolveAlert[] {
  const held = new Set(outcomes.flatMap((o) => (o.kind === 'nothing' ? [] : [keyOf(o.kind === 'raise-alert' ? o.alert : o)])));
  const judged = new Set(ruleIds);
  return open
    .filter((alert) => judged.has(alert.ruleId) && !held.has(keyOf(alert)))
    .map((alert) => ({
      kind: 'resolve-alert',
      ruleId: alert.ruleId,
      subjectKey: alert.subjectKey,
      resolvedAt: at,
      lateByMinutes: 0,
      reason: 'withdrawn: facts that reached the service later show this safeguard was not missed',
      resolvingEventIds: [],
    }));
}

function keyOf(o: { ruleId: string; subjectKey: string }): string {
  return `${o.ruleId}\u0000${o.subjectKey}`;
}
