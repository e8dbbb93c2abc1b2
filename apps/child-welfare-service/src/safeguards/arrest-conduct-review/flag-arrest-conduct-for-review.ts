import type { ArrestWatch } from '../arrest-watch';
import type { RulePolicy } from '../policy';
import type { SafeguardOutcome } from '../safeguard-outcome';

export const ARREST_CONDUCT_REVIEW = 'arrest-conduct-review';

/** What, in the way an arrest was carried out, a child saw that a reviewer should look at. */
export function conductConcerns(circumstances: NonNullable<ArrestWatch['arrest']>['data']['circumstances']): string[] {
  const concerns: string[] = [];
  if (circumstances.restraintsOrSirensInFrontOfChildren) concerns.push('restraints or sirens used in front of children');
  if (circumstances.searchWithChildPresent) concerns.push('a house or body search with a child present');
  if (circumstances.afterDark && circumstances.childrenPresent > 0) concerns.push('an arrest after dark with children present');
  return concerns;
}

/**
 * Children in the report saw their mothers handcuffed and taken at night. Such an arrest is not
 * necessarily wrong, so it is flagged at low severity for a reviewer, never resolved by a later
 * fact: a monitor closes it after looking.
 */
export function flagArrestConductForReview(policy: RulePolicy) {
  const ruleId = ARREST_CONDUCT_REVIEW;
  return {
    ruleId,
    evaluate(watch: ArrestWatch): SafeguardOutcome[] {
      if (!watch.arrest) return [{ kind: 'nothing', ruleId, reason: 'the arrest itself is not known yet' }];
      const a = watch.arrest.data;
      const concerns = conductConcerns(a.circumstances);
      if (concerns.length === 0) return [{ kind: 'nothing', ruleId, reason: 'nothing in the arrest’s circumstances affected a child' }];
      return [
        {
          kind: 'raise-alert',
          alert: {
            ruleId,
            subjectKey: watch.arrestId,
            severity: policy.severity,
            personId: a.person.personId,
            arrestId: watch.arrestId,
            childIds: [],
            responsibleAgency: policy.responsibleAgency,
            responsibleUnitId: a.arrestingUnit.unitId,
            province: a.province,
            legalBasis: policy.legalBasis,
            summary: `For review: ${concerns.join('; ')} (arrest by ${a.arrestingUnit.unitId}).`,
            dueAt: a.arrestedAt,
            triggeringEventIds: [watch.arrest.eventId],
          },
        },
      ];
    },
  };
}
