import type { SafeguardOutcome, WithdrawAlert } from '../safeguards/safeguard-outcome';
import { WITHDRAWN_REASON } from './alert.decider';

/** An alert raised and not withdrawn: open, taken on or resolved. */
export interface StandingAlert {
  readonly ruleId: string;
  readonly subjectKey: string;
}

/**
 * Alerts raised on facts that were incomplete at the time: a custody record that reached us
 * before the care arrangement made an hour earlier, or children seen at the arrest before the
 * screening named them. Every rule, evaluated on the whole file, names each subject it still
 * holds (a raise, a deadline kept, a resolution); a standing alert of one of these rules that no
 * outcome names any more was not a miss once every fact is in, and is withdrawn, resolved or not
 * (a child the prison recorded alone, the police's child after all: the subject is gone). This is what
 * makes the alerts, like the journeys, end the same whatever order the facts came in.
 */
export function withdrawUnheldAlerts(
  standing: readonly StandingAlert[],
  outcomes: readonly SafeguardOutcome[],
  ruleIds: readonly string[],
): WithdrawAlert[] {
  const held = new Set(outcomes.flatMap((o) => (o.kind === 'nothing' ? [] : [keyOf(o.kind === 'raise-alert' ? o.alert : o)])));
  const judged = new Set(ruleIds);
  return standing
    .filter((alert) => judged.has(alert.ruleId) && !held.has(keyOf(alert)))
    .map((alert) => ({ kind: 'withdraw-alert', ruleId: alert.ruleId, subjectKey: alert.subjectKey, reason: WITHDRAWN_REASON }));
}

function keyOf(o: { ruleId: string; subjectKey: string }): string {
  return `${o.ruleId}\u0000${o.subjectKey}`;
}
