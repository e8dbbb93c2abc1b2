import { earliest } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { NoFamilyContactPolicy } from '../arrest-policy';
import type { Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const NO_FAMILY_CONTACT = 'no-family-contact';

/**
 * Mothers in the report were held without being able to reach their children or whoever was
 * looking after them. Once held by the police, she must have had that contact within
 * `withinMinutes`: a contact the police record meets it; a visit or call the prison records later
 * in the custody that followed resolves the alert with how late it came. Her release from police
 * custody ends the duty (she can reach them herself). One watch per police custody; the arresting
 * unit must act.
 */
export function raiseAlertWhenNoFamilyContactWithin(policy: NoFamilyContactPolicy, words: RuleWords): Rule {
  return {
    ruleId: NO_FAMILY_CONTACT,
    whenNothingOwed: 'nobody is known to be in police custody',
    judge: (view: FamilyView) => ({
      findings: [],
      watches: view.arrests.flatMap((arrest): Watch[] => {
        const custody = arrest.policeCustody;
        if (!custody) return [];
        const parent = words.parent(view.parent.sex);
        return [
          {
            subjectKey: arrest.arrestId,
            dueAt: addMinutes(custody.since, policy.withinMinutes),
            setBy: custody.evidence,
            met: earliest(...arrest.familyContacts),
            moot: earliest(...arrest.releases),
            alert: {
              responsible: { agency: 'police', unitId: arrest.unitId },
              childIds: view.children.filter((c) => c.recordedBy.includes('police')).map((c) => c.refs[0]),
              arrestId: arrest.arrestId,
              province: arrest.province,
              summary: `No record that ${parent.person} held at ${custody.facility} since ${words.instant(custody.since)} could reach ${parent.possessive} family or the children’s caregiver within ${words.duration(policy.withinMinutes)}.`,
              triggeringEventIds: [custody.evidence.eventId],
            },
          },
        ];
      }),
    }),
  };
}
