import { flagArrestConductForReview } from './arrest-conduct-review/flag-arrest-conduct-for-review';
import type { ArrestWatch } from './arrest-watch';
import { raiseAlertWhenChildWithoutSafeCare } from './child-without-safe-care/raise-alert-when-child-without-safe-care';
import { raiseAlertWhenCustodyBeforeCareArranged } from './custody-before-care-arranged/raise-alert-when-custody-before-care-arranged';
import { raiseAlertWhenDependantsNotAskedWithin } from './dependants-not-asked-at-arrest/raise-alert-when-dependants-not-asked-within';
import { raiseAlertWhenNoFamilyContactWithin } from './no-family-contact/raise-alert-when-no-family-contact-within';
import type { SafeguardPolicy } from './policy';
import type { SafeguardOutcome } from './safeguard-outcome';

/**
 * The safeguards that read an arrest watch, built once from a policy: what the inbox asks on
 * every change of a watch, and what the sweeper asks when one of their deadlines passes.
 */
export function arrestSafeguards(policy: SafeguardPolicy) {
  const withDeadlines = [
    raiseAlertWhenDependantsNotAskedWithin(policy.rules['dependants-not-asked-at-arrest']),
    raiseAlertWhenNoFamilyContactWithin(policy.rules['no-family-contact']),
  ];
  const rules = [
    ...withDeadlines,
    raiseAlertWhenChildWithoutSafeCare(policy.rules['child-without-safe-care']),
    raiseAlertWhenCustodyBeforeCareArranged(policy.rules['custody-before-care-arranged']),
    flagArrestConductForReview(policy.rules['arrest-conduct-review']),
  ];
  const byDeadlineRule = new Map(withDeadlines.map((r) => [r.ruleId, r]));

  return {
    evaluate(watch: ArrestWatch): SafeguardOutcome[] {
      return rules.flatMap((rule) => rule.evaluate(watch));
    },

    onDeadline(ruleId: string, watch: ArrestWatch, now: Date): SafeguardOutcome[] {
      const rule = byDeadlineRule.get(ruleId);
      if (!rule) throw new Error(`no arrest safeguard keeps deadlines under ${ruleId}`);
      return rule.onDeadline(watch, now);
    },
  };
}
