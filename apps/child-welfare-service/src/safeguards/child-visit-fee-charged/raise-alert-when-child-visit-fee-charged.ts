import type { VisitTookPlaceData } from '@safeguard/contracts';
import type { ChildView } from '../../reconciled/children';
import { facilityAt, type CustodyView } from '../../reconciled/custodies';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { heldInPrison } from '../custody-alert';
import type { RulePolicy } from '../rule-policy';
import type { Finding, Rule } from '../rule';
import type { RuleWords } from '../rule-words';

export const CHILD_VISIT_FEE_CHARGED = 'child-visit-fee-charged';

/**
 * LICADHO 2015 found families paying to see their mothers, and children meeting them behind bars;
 * it asks prisons to "lift all fees for children visiting their mothers" and to allow physical
 * contact. A visit by one or more children that cost any fee, or took place behind bars or a
 * screen, is one finding at the visit, naming every concern and every child who came (by every
 * reference any agency gave the child). Adults' visits are outside this rule. The visit has
 * happened, so no later record cures it: a refund or a reviewer closes it.
 */
export function raiseAlertWhenChildVisitFeeCharged(_policy: RulePolicy, words: RuleWords): Rule {
  return {
    ruleId: CHILD_VISIT_FEE_CHARGED,
    whenNothingOwed: 'no child visited her in prison for a fee or behind bars',
    judge: (view: FamilyView) => ({
      watches: [],
      findings: view.custodies.flatMap((custody) => custody.visits.flatMap((visit) => feeOrBars(view, custody, visit, words))),
    }),
  };
}

/** What went wrong at the visit, and what the prison can do about it. */
function concernsOf(visit: VisitTookPlaceData, children: string, object: string): { readonly what: string; readonly todo: string }[] {
  return [
    visit.fee && visit.fee.amount > 0 ? { what: `a fee of ${visit.fee.amount} ${visit.fee.currency} was charged`, todo: 'refund the fee' } : null,
    visit.setting === 'behind-bars-or-screen'
      ? { what: 'they met behind bars or a screen, with no physical contact', todo: `let ${children} hold ${object} at the next visit` }
      : null,
  ].filter((c): c is { what: string; todo: string } => c !== null);
}

/** The children who came, as the family view knows them: every agency's reference for each. */
function visitors(children: readonly ChildView[], childIds: readonly string[]): { readonly refs: string[]; readonly count: number } {
  const matched = children.filter((c) => c.refs.some((ref) => childIds.includes(ref)));
  const unmatched = childIds.filter((id) => !matched.some((c) => c.refs.includes(id)));
  return { refs: [...matched.flatMap((c) => c.refs), ...unmatched], count: matched.length + unmatched.length };
}

function feeOrBars(view: FamilyView, custody: CustodyView, visit: Recorded<VisitTookPlaceData>, words: RuleWords): Finding[] {
  if (visit.data.childIds.length === 0) return [];
  const parent = words.parent(view.parent.sex);
  const came = visitors(view.children, visit.data.childIds);
  const concerns = concernsOf(visit.data, came.count === 1 ? 'the child' : 'the children', parent.object);
  if (concerns.length === 0) return [];
  const at = visit.evidence.at;
  return [
    {
      subjectKey: visit.data.visitId,
      shownBy: { ...visit.evidence, says: concerns.map((c) => c.what).join('; ') },
      cured: null,
      alert: {
        ...heldInPrison(view, custody, at),
        childIds: came.refs,
        summary:
          `At a visit by ${words.count(came.count, 'child', 'children')} to ${parent.noun} at prison ${facilityAt(custody, at)} on ${words.instant(at)}, ` +
          `${concerns.map((c) => c.what).join(', and ')}: ${concerns.map((c) => c.todo).join(' and ')}.`,
        triggeringEventIds: [visit.evidence.eventId],
      },
    },
  ];
}
