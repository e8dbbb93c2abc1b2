import type { ArrestView } from '../../reconciled/arrests';
import type { ChildView } from '../../reconciled/children';
import { isBefore, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { ChildDetailsMissingPolicy } from '../arrest-policy';
import type { Rule, Watch } from '../rule';
import { sentenceCase, type RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const CHILD_DETAILS_MISSING = 'child-details-missing';

type Detail = keyof ChildView['details'];
const DETAIL_WORDS: Record<Detail, string> = { age: 'age', whereabouts: 'whereabouts', caregiverContact: 'caregiver’s contact' };

/** A child kept with the parent is in the parent's care: there is no other caregiver to reach. */
const WITH_PARENT: ReadonlySet<string> = new Set(['with-parent-in-police-custody', 'in-prison-with-parent']);

/**
 * The arrest record should hold each child's age, whereabouts and caregiver's contact when the
 * parent agrees (LICADHO 2015). For every child a consented police screening lists, the three
 * details must be on record within `withinMinutes` of that screening — by any agency: a later
 * screening, a care arrangement, or the prison's record of the child fill them, late. A child
 * kept with the parent needs no caregiver's contact. A screening without consent is never chased.
 * One watch per child and arrest; the arresting unit must act.
 */
export function raiseAlertWhenChildDetailsMissingAfter(policy: ChildDetailsMissingPolicy, words: RuleWords): Rule {
  return {
    ruleId: CHILD_DETAILS_MISSING,
    whenNothingOwed: 'no child was recorded with her consent to record details',
    judge: (view: FamilyView) => ({ findings: [], watches: view.arrests.flatMap((arrest) => watchesOf(view, arrest, policy, words)) }),
  };
}

function watchesOf(view: FamilyView, arrest: ArrestView, policy: ChildDetailsMissingPolicy, words: RuleWords): Watch[] {
  const watches = new Map<string, Watch>();
  for (const screening of arrest.screenings.filter((s) => s.data.consentToRecordChildDetails)) {
    for (const entry of screening.data.children) {
      const child = view.children.find((c) => c.refs.includes(entry.childId));
      const subjectKey = `${arrest.arrestId}:${entry.childId}`;
      if (!child || watches.has(subjectKey)) continue;
      const dueAt = addMinutes(screening.evidence.at, policy.withinMinutes);
      const needed = neededDetails(child);
      const missingAtDue = needed.filter((d) => !child.details[d] || isBefore(dueAt, child.details[d].at));
      watches.set(subjectKey, {
        subjectKey,
        dueAt,
        setBy: screening.evidence,
        met: completedBy(child, needed),
        moot: null,
        alert: {
          responsible: { agency: 'police', unitId: arrest.unitId },
          childIds: child.refs,
          arrestId: arrest.arrestId,
          province: arrest.province,
          summary:
            `${sentenceCase(words.parent(view.parent.sex).noun)} agreed on ${words.instant(screening.evidence.at)} to the children’s details being recorded, ` +
            `yet ${words.duration(policy.withinMinutes)} later the record of one child still lacks the ${missingAtDue.map((d) => DETAIL_WORDS[d]).join(', ')}.`,
          triggeringEventIds: [screening.evidence.eventId],
        },
      });
    }
  }
  return [...watches.values()];
}

function neededDetails(child: ChildView): Detail[] {
  const withParent = child.placements[0] && WITH_PARENT.has(child.placements[0].care.kind);
  return withParent ? ['age', 'whereabouts'] : ['age', 'whereabouts', 'caregiverContact'];
}

/** The record that completed the child's details: the latest of the first records of each, once all are in. */
function completedBy(child: ChildView, needed: readonly Detail[]): Evidence | null {
  const firsts = needed.map((d) => child.details[d]);
  if (firsts.some((e) => e === null)) return null;
  const last = (firsts as Evidence[]).reduce((a, b) => (isBefore(a.at, b.at) ? b : a));
  return { ...last, says: `the child’s ${needed.map((d) => DETAIL_WORDS[d]).join(', ')} were all on record (the last from the ${last.agency})` };
}
