import type { ArrestView } from '../../reconciled/arrests';
import type { ChildView } from '../../reconciled/children';
import { parentAt } from '../../reconciled/dependants';
import { earliest, isBefore, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { RulePolicy } from '../rule-policy';
import type { Rule, Watch } from '../rule';
import { sentenceCase, type RuleWords } from '../rule-words';

export const CUSTODY_BEFORE_CARE_ARRANGED = 'custody-before-care-arranged';

/**
 * The report asks that a mother be allowed to arrange care for her children before she is taken
 * into custody. For each child any agency knows of (a child born later aside), custody must come
 * after a record of her care: an arrangement, a record placing her with an adult, or with the
 * parent at the station by the parent's account. A later such record, by any agency, resolves the
 * alert with how long after custody it came; release from police custody ends the duty. Children
 * known only as a number (present at the arrest, a count without details) are one subject, met by
 * the first record of care for any of them or a judge's note of the care arrangements.
 */
export function raiseAlertWhenCustodyBeforeCareArranged(_policy: RulePolicy, words: RuleWords): Rule {
  return {
    ruleId: CUSTODY_BEFORE_CARE_ARRANGED,
    whenNothingOwed: 'no child is known to any agency, or nobody is in police custody',
    judge: (view: FamilyView) => ({ findings: [], watches: view.arrests.flatMap((arrest) => watchesOf(view, arrest, words)) }),
  };
}

const CARE: ReadonlySet<string> = new Set(['cared-for', 'with-parent-in-police-custody', 'in-prison-with-parent']);

/** The first record that the child was cared for: an arrangement with an adult, or a placement that is care. */
function careFor(child: ChildView): Evidence | null {
  return earliest(
    ...child.arrangements.filter((a) => a.safe).map((a) => a.evidence),
    ...child.placements.filter((p) => CARE.has(p.care.kind)).map((p) => p.evidence),
  );
}

function watchesOf(view: FamilyView, arrest: ArrestView, words: RuleWords): Watch[] {
  const custody = arrest.policeCustody;
  if (!custody) return [];
  const parent = words.parent(view.parent.sex);
  const children = view.children.filter((c) => c.bornAt === null || isBefore(c.bornAt, custody.since));
  const watch = (subjectKey: string, childIds: readonly string[], met: Evidence | null, whom: string): Watch => ({
    subjectKey,
    dueAt: custody.since,
    setBy: custody.evidence,
    met,
    moot: earliest(...arrest.releases),
    alert: {
      responsible: { agency: 'police', unitId: arrest.unitId },
      childIds,
      arrestId: arrest.arrestId,
      province: arrest.province,
      summary: `${sentenceCase(parent.noun)} was taken into police custody at ${custody.facility} on ${words.instant(custody.since)} before care was arranged for ${whom}.`,
      triggeringEventIds: [custody.evidence.eventId],
    },
  });
  if (children.length > 0)
    return children.map((child) => watch(`${arrest.arrestId}:${child.refs[0]}`, child.refs, careFor(child), `${parent.possessive} child`));
  const shown = parentAt(view.dependants, custody.since);
  if (!shown) return [];
  const whom =
    view.dependants.count === null
      ? `${parent.possessive} children`
      : `${parent.possessive} ${words.count(view.dependants.count, 'child', 'children')}`;
  return [watch(`${arrest.arrestId}:children-present`, [], earliest(...view.dependants.careNotedByJudge), whom)];
}
