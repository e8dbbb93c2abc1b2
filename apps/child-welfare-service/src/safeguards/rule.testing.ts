import type { AgencyEvent } from '../person-file/person-file';
import { fileOf } from '../person-file/person-file.testing';
import { familyViewOf } from '../reconciled/family-view';
import { judgeDeadline, judgeFile } from './judge';
import { cambodiaPolicy } from './policy';
import type { Rule } from './rule';
import type { RulePolicy } from './rule-policy';
import { ruleWordsFor } from './rule-words';
import type { SafeguardOutcome } from './safeguard-outcome';

/** Cambodia's words: the jurisdiction the rule specs read their texts in. */
export const testWords = ruleWordsFor(cambodiaPolicy);

/** A rule as the inbox runs it on the file of these events, in any order given. */
export function judged(rule: Rule, policy: RulePolicy, ...events: AgencyEvent[]): SafeguardOutcome[] {
  return judgeFile(rule, policy, familyViewOf(fileOf(...events)), testWords);
}

/** A rule as the sweeper runs it when the deadline kept under `subjectKey` passes at `now`. */
export function atDeadline(rule: Rule, policy: RulePolicy, subjectKey: string, now: string, ...events: AgencyEvent[]): SafeguardOutcome[] {
  return judgeDeadline(rule, policy, familyViewOf(fileOf(...events)), subjectKey, new Date(now));
}

export const kinds = (outcomes: readonly SafeguardOutcome[]): string[] => outcomes.map((o) => o.kind);

/** The alert a list of outcomes raises, or throws when none does. */
export function raised(outcomes: readonly SafeguardOutcome[]) {
  const raise = outcomes.find((o) => o.kind === 'raise-alert');
  if (!raise) throw new Error(`no alert raised in ${kinds(outcomes).join(', ')}`);
  return raise.alert;
}
