import type { ChildView } from '../../reconciled/children';
import { livingInPrison, type CustodyView } from '../../reconciled/custodies';
import { earliest, isBefore, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import { benchmarkNote, heldInPrison } from '../custody-alert';
import type { ContactPolicy } from '../prison-policy';
import type { Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const NO_PARENT_CHILD_CONTACT = 'no-parent-child-contact';

const DAY = 24 * 60;

/**
 * Bangkok Rule 26 and LICADHO 2015: a parent in prison keeps in touch with each of her children.
 * For every child any agency knows of, while the child lives outside prison during a custody, a
 * rolling watch of `withinDays` from her admission (or from the child leaving prison, for a child
 * who lived there with her), then from each contact: a visit the child came on (a visit by several
 * children counts for each), a call naming the child, or home leave (with every child). A call to
 * the caregiver that names no child is not contact with the child. Her release, or the child
 * coming to live in prison with her, ends the watch; a child who joined her before any contact
 * fell due was never owed one. The prison holding her when it falls due must act.
 */
export function raiseAlertWhenNoParentChildContactWithin(policy: ContactPolicy, words: RuleWords): Rule {
  return {
    ruleId: NO_PARENT_CHILD_CONTACT,
    whenNothingOwed: 'no child of hers is known to live outside prison while she is held',
    judge: (view: FamilyView) => ({
      findings: [],
      watches: view.custodies.flatMap((custody) =>
        view.children.flatMap((child) => outside(custody, child, policy).flatMap((spell) => periods(view, custody, child, spell, policy, words))),
      ),
    }),
  };
}

/** A time the child lived outside prison while she was held: from a record, until one that ended it (or still). */
interface Outside {
  readonly from: Evidence;
  readonly startedBy: 'admission' | 'left-prison';
  readonly until: Evidence | null;
}

function outside(custody: CustodyView, child: ChildView, policy: ContactPolicy): Outside[] {
  const admitted = custody.admission.evidence;
  const released = custody.released?.evidence ?? null;
  const spell = livingInPrison(child, custody);
  if (!spell)
    return child.bornAt !== null && isBefore(admitted.at, child.bornAt) ? [] : [{ from: admitted, startedBy: 'admission', until: released }];
  const firstDue = addMinutes(admitted.at, policy.withinDays * DAY);
  const born = child.bornAt !== null && !isBefore(child.bornAt, spell.since);
  return [
    ...(born || !isBefore(firstDue, spell.since)
      ? []
      : [{ from: admitted, startedBy: 'admission' as const, until: earliest(spell.evidence, released) }]),
    ...(spell.left && (!released || isBefore(spell.left.at, released.at))
      ? [{ from: spell.left, startedBy: 'left-prison' as const, until: released }]
      : []),
  ];
}

function periods(view: FamilyView, custody: CustodyView, child: ChildView, spell: Outside, policy: ContactPolicy, words: RuleWords): Watch[] {
  const within = (e: Evidence) => isBefore(spell.from.at, e.at) && (!spell.until || isBefore(e.at, spell.until.at));
  const contacts = [
    ...child.contacts.filter((c) => c.kind !== 'family-contact-at-arrest').map((c) => c.evidence),
    ...custody.homeLeaves.map((l) => l.evidence),
  ]
    .filter(within)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const parent = words.parent(view.parent.sex);
  return [spell.from, ...contacts].map((start, i): Watch => {
    const dueAt = addMinutes(start.at, policy.withinDays * DAY);
    const since =
      i > 0
        ? `the last visit or call on ${words.instant(start.at)}`
        : spell.startedBy === 'admission'
          ? `${parent.possessive} admission on ${words.instant(start.at)}`
          : `the child left prison on ${words.instant(start.at)}`;
    return {
      subjectKey: `${custody.custodyId}:${child.childKey}:${start.at}`,
      dueAt,
      setBy: start,
      met: contacts[i] ?? null,
      moot: spell.until,
      alert: {
        ...heldInPrison(view, custody, dueAt),
        childIds: child.refs,
        summary:
          `No visit or call between ${parent.noun} in prison and one of ${parent.possessive} children since ${since}: ` +
          `contact is due at least every ${words.count(policy.withinDays, 'day', 'days')}${benchmarkNote(policy)}, so by ${words.instant(dueAt)}.`,
        triggeringEventIds: [start.eventId],
      },
    };
  });
}
