import type { ArrestView } from '../../reconciled/arrests';
import { ageYearsAt, type ChildView } from '../../reconciled/children';
import type { Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { ChildNotToldPolicy } from '../arrest-policy';
import type { Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const CHILD_NOT_TOLD = 'child-not-told';

/** One child (or the children seen at the arrest, unnamed) who must be told, by when. */
interface Subject {
  readonly key: string;
  readonly children: readonly ChildView[];
  readonly present: boolean;
  /** How many distinct children must have been told. */
  readonly howMany: number;
}

/**
 * A child present at the arrest must be told what is happening and where the parent is taken; a
 * child who was elsewhere, at a later time (LICADHO 2015). Deadline per child the arrest's
 * screenings recorded, keyed `${arrestId}:${childRef}`, or `${arrestId}:children-present` for
 * children seen but not told apart.
 *
 * The arrest records how many children were present, not which: so when at least as many children
 * were present as are recorded, every recorded child is taken as present (`presentWithinMinutes`);
 * when fewer were present, each recorded child gets `notPresentWithinMinutes` and the children
 * present must still be told within `presentWithinMinutes`: that many distinct children told in
 * time, as one subject. A child younger than `fromAgeYears` at the arrest (by date of birth or the
 * age any agency recorded) is not owed words she cannot take in: a baby carried into custody in her
 * parent's arms. A child of unknown age is owed them.
 */
export function raiseAlertWhenChildNotToldWithin(policy: ChildNotToldPolicy, words: RuleWords): Rule {
  return {
    ruleId: CHILD_NOT_TOLD,
    whenNothingOwed: 'no child is known: none present at an arrest and none recorded',
    judge: (view: FamilyView) => ({
      findings: [],
      watches: view.arrests.flatMap((arrest) => subjectsOf(view, arrest, policy).map((s) => watchOf(view, arrest, s, policy, words))),
    }),
  };
}

function subjectsOf(view: FamilyView, arrest: ArrestView, policy: ChildNotToldPolicy): Subject[] {
  const refs = new Set(arrest.screenings.flatMap((s) => s.data.children.map((c) => c.childId)));
  const recorded = view.children.filter((c) => c.refs.some((r) => refs.has(r)));
  const young = recorded.filter((c) => {
    const age = ageYearsAt(c, arrest.arrestedAt);
    return age !== null && age < policy.fromAgeYears;
  });
  const owed = recorded.filter((c) => !young.includes(c));
  // The babies among the children present are not owed words they cannot take in either.
  const present = Math.max(0, arrest.circumstances.childrenPresent - young.length);
  const allPresent = present > 0 && present >= owed.length && owed.length > 0;
  const perChild = owed.map((c) => ({
    key: `${arrest.arrestId}:${c.refs.find((r) => refs.has(r))}`,
    children: [c],
    present: allPresent,
    howMany: 1,
  }));
  const seenUnnamed =
    present > 0 && !allPresent ? [{ key: `${arrest.arrestId}:children-present`, children: [], present: true, howMany: present }] : [];
  return [...perChild, ...seenUnnamed];
}

function watchOf(view: FamilyView, arrest: ArrestView, s: Subject, policy: ChildNotToldPolicy, words: RuleWords): Watch {
  const window = s.present ? policy.presentWithinMinutes : policy.notPresentWithinMinutes;
  const who =
    s.children.length > 0
      ? `a child ${s.present ? 'who saw' : 'who did not see'} the arrest`
      : `the ${words.count(s.howMany, 'child', 'children')} present at the arrest`;
  return {
    subjectKey: s.key,
    dueAt: addMinutes(arrest.arrestedAt, window),
    setBy: arrest.arrested,
    met: toldBy(view, arrest, s),
    moot: null,
    alert: {
      responsible: { agency: 'police', unitId: arrest.unitId },
      childIds: s.children.flatMap((c) => c.refs),
      arrestId: arrest.arrestId,
      province: arrest.province,
      summary: `No record that ${who} on ${words.instant(arrest.arrestedAt)} ${s.howMany > 1 ? 'were' : 'was'} told what was happening and where ${words.parent(view.parent.sex).noun} was taken, within ${words.duration(window)}.`,
      triggeringEventIds: [arrest.arrested.eventId],
    },
  };
}

/** When the last of the children this subject needs was told, or null while one is not. */
function toldBy(view: FamilyView, arrest: ArrestView, s: Subject): Evidence | null {
  const pool = s.children.length > 0 ? s.children : view.children;
  const firstPerChild = pool
    .map((c) =>
      c.explanations
        .filter((e) => e.arrestId === arrest.arrestId)
        .map((e) => e.evidence)
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
        .at(0),
    )
    .filter((e): e is Evidence => e !== undefined)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (firstPerChild.length < s.howMany) return null;
  const last = firstPerChild[s.howMany - 1];
  return { ...last, says: s.howMany > 1 ? `${s.howMany} children were told` : 'the child was told' };
}
