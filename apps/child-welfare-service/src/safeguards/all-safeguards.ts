import type { PersonFile } from '../person-file/person-file';
import { arrestSafeguards } from './arrest-safeguards';
import { courtSafeguards } from './court-safeguards';
import type { PersonSafeguard } from './person-safeguard';
import type { SafeguardPolicy } from './policy';
import { prisonSafeguards } from './prison-safeguards';
import type { SafeguardOutcome } from './safeguard-outcome';

/**
 * Every safeguard of the catalogue, built once from a policy: what the inbox asks on every change
 * of a person's file, and what the sweeper asks when one of their deadlines passes.
 */
export function allSafeguards(policy: SafeguardPolicy) {
  const rules: PersonSafeguard[] = [...arrestSafeguards(policy), ...courtSafeguards(policy), ...prisonSafeguards(policy)];
  const byId = new Map(rules.map((r) => [r.ruleId, r]));

  return {
    ruleIds: rules.map((r) => r.ruleId),

    evaluate(file: PersonFile): SafeguardOutcome[] {
      return rules.flatMap((rule) => rule.evaluate(file));
    },

    onDeadline(ruleId: string, subjectKey: string, file: PersonFile, now: Date): SafeguardOutcome[] {
      const rule = byId.get(ruleId);
      if (!rule?.onDeadline) throw new Error(`no safeguard keeps deadlines under ${ruleId}`);
      return rule.onDeadline(file, subjectKey, now);
    },
  };
}
