import { earliest } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { DependantsNotAskedPolicy } from '../arrest-policy';
import type { Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const DEPENDANTS_NOT_ASKED_AT_ARREST = 'dependants-not-asked-at-arrest';

/**
 * Police rarely asked arrested mothers about their children, and children were left alone
 * (LICADHO 2015). Every arrested person must be asked whether they are pregnant or have dependent
 * children within `withinMinutes` of the arrest. The police screening meets it; a judge's family
 * inquiry or the prison's record of the children, whichever came first, show that someone asked,
 * and resolve the alert with how late that was. One watch per arrest; the arresting unit must act.
 */
export function raiseAlertWhenDependantsNotAskedWithin(policy: DependantsNotAskedPolicy, words: RuleWords): Rule {
  return {
    ruleId: DEPENDANTS_NOT_ASKED_AT_ARREST,
    whenNothingOwed: 'no arrest is recorded',
    judge: (view: FamilyView) => ({
      findings: [],
      watches: view.arrests.map((arrest): Watch => {
        const parent = words.parent(view.parent.sex);
        // The question covers pregnancy only for a woman, or a person whose sex is not recorded.
        const question =
          view.parent.sex === 'male' ? `whether ${parent.subject} ${parent.has}` : `whether ${parent.subject} ${parent.is} pregnant or ${parent.has}`;
        return {
          subjectKey: arrest.arrestId,
          dueAt: addMinutes(arrest.arrestedAt, policy.withinMinutes),
          setBy: arrest.arrested,
          met: earliest(...arrest.askedAboutChildren),
          moot: null,
          alert: {
            responsible: { agency: 'police', unitId: arrest.unitId },
            childIds: [],
            arrestId: arrest.arrestId,
            province: arrest.province,
            summary:
              `Nobody recorded asking ${parent.person} arrested on ${words.instant(arrest.arrestedAt)} ${question} ` +
              `dependent children within ${words.duration(policy.withinMinutes)} of the arrest.`,
            triggeringEventIds: [arrest.arrested.eventId],
          },
        };
      }),
    }),
  };
}
