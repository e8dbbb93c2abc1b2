import type { CaregiverRelation } from '@safeguard/contracts';
import type { LocationType } from '../../journeys/family-journey';
import type { ChildView, Placement } from '../../reconciled/children';
import { custodyById } from '../../reconciled/custodies';
import { earliest, isBefore, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import { heldInPrison } from '../custody-alert';
import type { RulePolicy } from '../rule-policy';
import type { AlertSketch, Finding, Rule } from '../rule';
import { sentenceCase, type RuleWords } from '../rule-words';

export const CARE_CHANGED_WITHOUT_PARENT = 'care-changed-without-parent';

/**
 * LICADHO 2015 and Bangkok Rule 52: a mother has a say when her child's caregiver or home changes.
 * The only record that she was consulted is a care arrangement she chose; a reason or a recipient
 * written on a record is not her consent. A finding, dated at the change, for each of:
 * - a care arrangement she did not choose, against the agency that made it;
 * - a child leaving prison with no arrangement she chose while the child lived there, against the
 *   prison (its contract has no consent field yet);
 * - a record by any agency placing the child in another home than the record before it did, with
 *   no change recorded between them, against the agency whose record shows the change.
 * Her own later choice of care for that child resolves each. A child found alone or with nobody
 * known is not a change of home but a child without care: rule 2 raises that.
 */
export function raiseAlertWhenCareChangedWithoutParent(_policy: RulePolicy, words: RuleWords): Rule {
  return {
    ruleId: CARE_CHANGED_WITHOUT_PARENT,
    whenNothingOwed: 'no change in a child’s care is recorded',
    judge: (view: FamilyView) => ({
      watches: [],
      findings: view.children.flatMap((child) => [
        ...arrangedWithoutHer(view, child, words),
        ...leftPrisonWithoutHer(view, child, words),
        ...movedWithoutHer(view, child, words),
      ]),
    }),
  };
}

const RELATION_WORDS: Record<CaregiverRelation, string> = {
  father: 'the child’s father',
  mother: 'the child’s mother',
  grandparent: 'a grandparent',
  'other-relative': 'a relative',
  neighbour: 'a neighbour',
  ngo: 'an NGO',
  'older-sibling': 'an older brother or sister',
  nobody: 'nobody',
};

/** A recorded relation is a string: a record can name one the contract no longer lists, or does not list yet. */
function relationWords(relation: string): string {
  const words: Partial<Record<string, string>> = RELATION_WORDS;
  return words[relation] ?? 'someone';
}

/** The homes a child can be moved between; anything else (in custody, alone, unknown, at school) is not a home to compare. */
const HOME_WORDS: Partial<Record<LocationType, string>> = {
  'at-home-with-other-parent': 'with the other parent',
  'with-relative': 'with a relative',
  'with-neighbour': 'with a neighbour',
  'with-ngo': 'with an NGO',
  'with-other-adult': 'with another adult',
  'state-care': 'in state care',
};

/** Records that say where a child is (an observation), as opposed to records of a move. */
const OBSERVATIONS: ReadonlySet<string> = new Set(['DependantsScreeningRecorded', 'ChildrenRecordedAtAdmission']);

/** Records that say nothing definite about where the child is. */
const VAGUE: ReadonlySet<LocationType> = new Set<LocationType>(['unknown', 'other', 'not-recorded']);

const hers = (child: ChildView) => child.arrangements.filter((a) => a.chosenByParent === true);

/** Her first choice of the child's care after the change: what resolves it. */
function laterChoice(child: ChildView, after: string): Evidence | null {
  const choice = earliest(
    ...hers(child)
      .filter((a) => isBefore(after, a.at))
      .map((a) => a.evidence),
  );
  return choice && { ...choice, says: 'the parent chose the child’s care' };
}

function finding(
  child: ChildView,
  shownBy: Evidence,
  where: Pick<AlertSketch, 'responsible' | 'arrestId' | 'province'>,
  summary: string,
  subjectKey: string,
): Finding {
  return {
    subjectKey,
    shownBy,
    cured: laterChoice(child, shownBy.at),
    alert: { ...where, childIds: child.refs, summary, triggeringEventIds: [shownBy.eventId] },
  };
}

/** The agency that recorded it answers, under the arrest it followed. */
function recordedBy(view: FamilyView, evidence: Evidence): Pick<AlertSketch, 'responsible' | 'arrestId' | 'province'> {
  const arrest = [...view.arrests].reverse().find((a) => !isBefore(evidence.at, a.arrestedAt)) ?? null;
  return {
    responsible: { agency: evidence.agency, unitId: evidence.unitId },
    arrestId: arrest?.arrestId ?? null,
    province: arrest?.province ?? view.parent.province,
  };
}

function arrangedWithoutHer(view: FamilyView, child: ChildView, words: RuleWords): Finding[] {
  const parent = words.parent(view.parent.sex);
  return child.arrangements
    .filter((a) => a.chosenByParent !== true && !hers(child).some((c) => c.at === a.at))
    .map((a) => {
      const relation = relationWords(a.relation);
      return finding(
        child,
        { ...a.evidence, says: 'care arranged without the parent' },
        recordedBy(view, a.evidence),
        `The ${a.evidence.agency} arranged care for a child of ${parent.noun} with ${relation} on ${words.instant(a.at)} without ${parent.noun} choosing it. ` +
          `Ask ${parent.object} whom ${parent.subject} wants caring for the child.`,
        `${a.evidence.eventId}:${child.childKey}`,
      );
    });
}

function leftPrisonWithoutHer(view: FamilyView, child: ChildView, words: RuleWords): Finding[] {
  const parent = words.parent(view.parent.sex);
  return child.inPrison.flatMap((spell) => {
    const custody = custodyById(view.custodies, spell.custodyId);
    if (!spell.left || !custody) return [];
    const left = spell.left;
    if (hers(child).some((c) => !isBefore(c.at, spell.since) && !isBefore(left.at, c.at))) return [];
    const where = heldInPrison(view, custody, left.at);
    return [
      finding(
        child,
        { ...left, says: 'the child left prison without the parent choosing the care' },
        where,
        `A child left prison ${where.responsible.unitId} on ${words.instant(left.at)} with no record that ${parent.noun} chose who would care for the child.`,
        `${spell.custodyId}:${spell.childId}:left`,
      ),
    ];
  });
}

function movedWithoutHer(view: FamilyView, child: ChildView, words: RuleWords): Finding[] {
  const parent = words.parent(view.parent.sex);
  return child.placements.flatMap((placement, i): Finding[] => {
    const now = HOME_WORDS[placement.type];
    if (!OBSERVATIONS.has(placement.evidence.eventType) || !now) return [];
    const before = [...child.placements.slice(0, i)].reverse().find((p) => !VAGUE.has(p.type));
    const then = before && HOME_WORDS[before.type];
    if (!before || !then || !changedHome(before, placement)) return [];
    return [
      finding(
        child,
        { ...placement.evidence, says: 'the child’s home changed without the parent' },
        recordedBy(view, placement.evidence),
        `${sentenceCase(`the ${placement.evidence.agency}`)} recorded a child of ${parent.noun} living ${now} on ${words.instant(placement.since)}, ` +
          (before.type === placement.type
            ? `with another caregiver than the ${before.evidence.agency} had recorded`
            : `where the ${before.evidence.agency} had recorded the child ${then}`) +
          ` on ${words.instant(before.since)}; no record shows ${parent.noun} was consulted on the change.`,
        `${placement.evidence.eventId}:${child.childKey}`,
      ),
    ];
  });
}

const normalised = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function changedHome(before: Placement, now: Placement): boolean {
  if (before.type !== now.type) return true;
  const [a, b] = [before.caregiver?.name, now.caregiver?.name];
  return !!a && !!b && normalised(a) !== normalised(b);
}
