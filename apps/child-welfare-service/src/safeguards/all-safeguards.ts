import { familyViewOf } from '../reconciled/family-view';
import type { PersonFile } from '../person-file/person-file';
import { judgeDeadline, judgeFile } from './judge';
import type { SafeguardPolicy } from './policy';
import type { Rule } from './rule';
import { RULE_CATALOGUE, type RuleId } from './rule-catalogue';
import { ruleWordsFor, type RuleWords } from './rule-words';
import type { SafeguardOutcome } from './safeguard-outcome';

interface Running {
  readonly ruleId: RuleId;
  evaluate(file: PersonFile): SafeguardOutcome[];
  onDeadline(file: PersonFile, subjectKey: string, now: Date): SafeguardOutcome[];
}

/**
 * Every safeguard of the catalogue, built once from a policy: what the inbox asks on every change
 * of a person's file, and what the sweeper asks when one of their deadlines passes.
 */
export function allSafeguards(policy: SafeguardPolicy) {
  const words = ruleWordsFor(policy);
  const rules: Running[] = RULE_CATALOGUE.map((entry) => running(entry.ruleId, entry.make(policy, words), policy, words));
  const byId = new Map(rules.map((r) => [r.ruleId as string, r]));

  return {
    ruleIds: rules.map((r) => r.ruleId as string),

    evaluate(file: PersonFile): SafeguardOutcome[] {
      return rules.flatMap((rule) => rule.evaluate(file));
    },

    onDeadline(ruleId: string, subjectKey: string, file: PersonFile, now: Date): SafeguardOutcome[] {
      const rule = byId.get(ruleId);
      if (!rule) throw new Error(`no safeguard keeps deadlines under ${ruleId}`);
      return rule.onDeadline(file, subjectKey, now);
    },
  };
}

function running(ruleId: RuleId, rule: Rule, policy: SafeguardPolicy, words: RuleWords): Running {
  const rulePolicy = policy.rules[ruleId];
  return {
    ruleId,
    evaluate: (file) => judgeFile(rule, rulePolicy, familyViewOf(file), words),
    onDeadline: (file, subjectKey, now) => judgeDeadline(rule, rulePolicy, familyViewOf(file), subjectKey, now),
  };
}
