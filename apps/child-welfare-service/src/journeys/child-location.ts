import type { Caregiver, CaregiverRelation, ChildCustodyStatus, ChildWhereabouts } from '@safeguard/contracts';
import type { Fact } from '../person-file/person-file';
import type { LocationStep, LocationType, ReviewFlag } from './family-journey';
import { sourceOf, typed } from './journey-facts';
import { LOCATION, relationWords } from './timeline-vocabulary';

/** The child as the location history needs it: the key to report under and every reference the agencies gave. */
export interface ChildRefs {
  readonly childKey: string;
  readonly childIds: readonly string[];
}

/**
 * An observation says where the child is (a screening, an admission record); a change moves the
 * child (a care arrangement, entering or leaving prison). Only an observation can contradict:
 * a change is the explanation the report asks agencies to record (LICADHO 2015: "changes to
 * location or primary caregiver").
 */
interface Reported {
  readonly kind: 'observation' | 'change';
  readonly step: LocationStep;
}

export interface ChildPlacement {
  readonly history: readonly LocationStep[];
  readonly flags: readonly ReviewFlag[];
}

export function relationLocation(relation: CaregiverRelation): LocationType {
  switch (relation) {
    case 'father':
    case 'mother':
      return 'at-home-with-other-parent';
    case 'grandparent':
    case 'other-relative':
    case 'older-sibling':
      return 'with-relative';
    case 'neighbour':
      return 'with-neighbour';
    case 'ngo':
      return 'with-ngo';
    case 'nobody':
      return 'alone';
    default: {
      const _exhaustive: never = relation;
      return _exhaustive;
    }
  }
}

export function whereaboutsLocation(whereabouts: ChildWhereabouts, caregiver: Caregiver | null): LocationType {
  switch (whereabouts) {
    case 'at-home-with-caregiver':
      return caregiver ? relationLocation(caregiver.relation) : 'unknown';
    case 'with-relative':
      return 'with-relative';
    case 'with-neighbour':
      return 'with-neighbour';
    case 'with-ngo':
      return 'with-ngo';
    case 'alone':
      return 'alone';
    case 'with-other-children-only':
      return 'with-other-children-only';
    case 'with-parent-in-custody':
      return 'with-parent-in-police-custody';
    case 'with-other-adult':
      return 'with-other-adult';
    case 'at-school':
      return 'at-school';
    case 'not-recorded':
      return 'not-recorded';
    case 'unknown':
      return 'unknown';
    default: {
      const _exhaustive: never = whereabouts;
      return _exhaustive;
    }
  }
}

export function custodyStatusLocation(status: ChildCustodyStatus): LocationType {
  switch (status) {
    case 'with-other-parent':
      return 'at-home-with-other-parent';
    case 'with-relative':
      return 'with-relative';
    case 'state-care':
      return 'state-care';
    case 'ngo':
      return 'with-ngo';
    case 'alone':
      return 'alone';
    case 'with-other-adult':
      return 'with-other-adult';
    case 'not-recorded':
      return 'not-recorded';
    case 'unknown':
      return 'unknown';
    case 'other':
      return 'other';
    default: {
      const _exhaustive: never = status;
      return _exhaustive;
    }
  }
}

/**
 * ChildLeftPrison names the person in free text ("Sok Mealea (his grandmother)"). A few plain
 * words say which kind of care that is; anything else stays 'other' with the name kept, rather
 * than a guess.
 */
const TO_WHOM_WORDS: readonly (readonly [RegExp, LocationType])[] = [
  [/\b(father|mother|dad|mum|mom)\b/i, 'at-home-with-other-parent'],
  [/\b(grand(mother|father|parent)|aunt|uncle|sister|brother|cousin|relative)\b/i, 'with-relative'],
  [/\bneighbou?r\b/i, 'with-neighbour'],
  [/\b(ngo|organi[sz]ation|foundation)\b/i, 'with-ngo'],
  [/\b(state|mosavy|orphanage|residential care)\b/i, 'state-care'],
];

export function toWhomLocation(toWhom: string): LocationType {
  return TO_WHOM_WORDS.find(([words]) => words.test(toWhom))?.[1] ?? 'other';
}

const step = (fact: Fact, type: LocationType, caregiver: Caregiver | null): LocationStep => ({
  type,
  caregiverName: caregiver?.name ?? null,
  caregiverRelation: caregiver?.relation ?? null,
  caregiverAgeYears: caregiver?.ageYears ?? null,
  since: fact.occurredAt,
  source: sourceOf(fact),
});

/** Where this fact says the child is, if it says anything about this child. */
export function reportedLocation(fact: Fact, childIds: readonly string[]): Reported | null {
  const mine = (childId: string) => childIds.includes(childId);
  const f = typed(fact);
  switch (f.type) {
    case 'DependantsScreeningRecorded': {
      const c = f.data.children.find((x) => mine(x.childId));
      return c ? { kind: 'observation', step: step(fact, whereaboutsLocation(c.whereabouts, c.caregiver), c.caregiver) } : null;
    }
    case 'ChildrenRecordedAtAdmission': {
      const c = f.data.children.find((x) => mine(x.childId));
      return c ? { kind: 'observation', step: step(fact, custodyStatusLocation(c.custodyStatus), null) } : null;
    }
    case 'CareArrangementMade':
      return mine(f.data.childId) ? { kind: 'change', step: step(fact, relationLocation(f.data.caregiver.relation), f.data.caregiver) } : null;
    case 'ChildAdmittedWithParent':
    case 'ChildBornInCustody':
      return mine(f.data.childId) ? { kind: 'change', step: step(fact, 'in-prison-with-parent', null) } : null;
    case 'ChildLeftPrison':
      return mine(f.data.childId)
        ? { kind: 'change', step: { ...step(fact, toWhomLocation(f.data.toWhom), null), caregiverName: f.data.toWhom } }
        : null;
    default:
      return null;
  }
}

/**
 * A child held at the police station with the mother moves when her police custody ends: home
 * with her when she is released, and to a place no record names when she goes to prison without
 * the child (one the prison admits with her moves there instead, on the prison's record).
 */
function leftPoliceCustodyWith(fact: Fact, current: LocationStep | undefined, cameIntoPrison: boolean): Reported | null {
  if (current?.type !== 'with-parent-in-police-custody') return null;
  switch (fact.type) {
    case 'ReleasedWithoutCharge':
    case 'ReleasedOnPoliceBail':
    case 'ReleasedOnJudicialOrder':
      return { kind: 'change', step: step(fact, 'with-parent', null) };
    case 'TransferredToPrison':
    case 'PersonAdmitted':
      return cameIntoPrison ? null : { kind: 'change', step: step(fact, 'unknown', null) };
    default:
      return null;
  }
}

/** Types that say nothing definite, so they can neither contradict nor be contradicted. */
const VAGUE: ReadonlySet<LocationType> = new Set<LocationType>(['unknown', 'other']);

/** The same place with nobody new named: a confirmation, not a change. */
function sameAs(current: LocationStep, next: LocationStep): boolean {
  return current.type === next.type && (next.caregiverName === null || next.caregiverName === current.caregiverName);
}

const normalised = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

function contradicts(current: LocationStep, next: LocationStep): boolean {
  if (!VAGUE.has(current.type) && !VAGUE.has(next.type) && current.type !== next.type) return true;
  return current.caregiverName !== null && next.caregiverName !== null && normalised(current.caregiverName) !== normalised(next.caregiverName);
}

const describe = (s: LocationStep): string =>
  s.caregiverRelation ? `${LOCATION[s.type]} (${relationWords(s.caregiverRelation)})` : LOCATION[s.type];

/**
 * Where the child has been, every change kept. An observation that puts the child with another
 * kind of caregiver than the last record, with no care change recorded in between, is kept in the
 * history and flagged 'conflicting-caregiver': one of the two records is wrong, and only a person
 * can tell which.
 */
export function childLocationHistory(facts: readonly Fact[], child: ChildRefs): ChildPlacement {
  const history: LocationStep[] = [];
  const flags: ReviewFlag[] = [];
  const cameIntoPrison = facts.some((f) => f.type === 'ChildAdmittedWithParent' && child.childIds.includes((f.data as { childId: string }).childId));
  for (const fact of facts) {
    const reported = reportedLocation(fact, child.childIds) ?? leftPoliceCustodyWith(fact, history.at(-1), cameIntoPrison);
    if (!reported) continue;
    const current = history.at(-1);
    if (current && sameAs(current, reported.step)) continue;
    if (current && reported.kind === 'observation' && contradicts(current, reported.step)) {
      flags.push({
        kind: 'conflicting-caregiver',
        childKey: child.childKey,
        message: `The ${reported.step.source.agency} recorded the child ${describe(reported.step)} but the ${current.source.agency} record before it said ${describe(current)}, with no care change recorded between them.`,
        eventIds: [current.source.eventId, reported.step.source.eventId],
      });
    }
    history.push(reported.step);
  }
  return { history, flags };
}
