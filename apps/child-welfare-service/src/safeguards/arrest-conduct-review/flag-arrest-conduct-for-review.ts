import type { ArrestCircumstances } from '@safeguard/contracts';
import type { FamilyView } from '../../reconciled/family-view';
import type { RulePolicy } from '../rule-policy';
import type { Finding, Rule } from '../rule';
import type { RuleWords } from '../rule-words';

export const ARREST_CONDUCT_REVIEW = 'arrest-conduct-review';

/** What, in the way an arrest was carried out, a child saw that a reviewer should look at. */
export function conductConcerns(circumstances: ArrestCircumstances): string[] {
  const concerns: string[] = [];
  if (circumstances.restraintsOrSirensInFrontOfChildren) concerns.push('restraints or sirens used in front of children');
  if (circumstances.searchWithChildPresent) concerns.push('a house or body search with a child present');
  if (circumstances.afterDark && circumstances.childrenPresent > 0) concerns.push('an arrest after dark with children present');
  return concerns;
}

/**
 * Children in the report saw their mothers handcuffed and taken at night (LICADHO 2015). Such an
 * arrest is not necessarily wrong, so the police's own record of it is flagged at low severity for
 * a reviewer, never resolved by a later fact: a monitor closes it after looking.
 */
export function flagArrestConductForReview(_policy: RulePolicy, words: RuleWords): Rule {
  return {
    ruleId: ARREST_CONDUCT_REVIEW,
    whenNothingOwed: 'nothing in the way an arrest was made affected a child',
    judge: (view: FamilyView) => ({
      watches: [],
      findings: view.arrests.flatMap((arrest): Finding[] => {
        const concerns = conductConcerns(arrest.circumstances);
        if (concerns.length === 0) return [];
        return [
          {
            subjectKey: arrest.arrestId,
            shownBy: { ...arrest.arrested, says: concerns.join('; ') },
            cured: null,
            alert: {
              responsible: { agency: 'police', unitId: arrest.unitId },
              childIds: [],
              arrestId: arrest.arrestId,
              province: arrest.province,
              summary: `For review: the arrest of ${words.parent(view.parent.sex).person} on ${words.instant(arrest.arrestedAt)} involved ${concerns.join('; ')}.`,
              triggeringEventIds: [arrest.arrested.eventId],
            },
          },
        ];
      }),
    }),
  };
}
