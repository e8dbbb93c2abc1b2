import type { Sex } from '@safeguard/contracts';
import type { Fact, PersonFile, RecordingAgency } from '../person-file/person-file';
import type { ReviewFlag } from './family-journey';
import { childIdsIn, fractionalYearsBetween, typed, yearsBetween } from './journey-facts';

/**
 * One child as the agencies' records add up: every reference any agency gave the child, and
 * what they said about the child. Police, court and prison each give their own ids (Bangkok
 * Rule 3 asks the prison to record the children again at admission), so the same child must be
 * recognised across them, and a doubtful match must reach a person rather than be guessed.
 */
export interface MatchedChild {
  readonly childKey: string;
  readonly childIds: readonly string[];
  readonly name: string | null;
  readonly sex: Sex | null;
  readonly dateOfBirth: string | null;
  readonly ageYears: number | null;
  /** The last age an agency recorded, with when: what an age at another time is counted from when there is no date of birth. */
  readonly recordedAge: { readonly years: number; readonly at: string } | null;
  readonly recordedBy: readonly RecordingAgency[];
}

export interface ChildMatching {
  readonly children: readonly MatchedChild[];
  readonly flags: readonly ReviewFlag[];
}

/** Ages recorded at different times agree when they are within a year of each other, once elapsed time is allowed for. */
export const AGE_TOLERANCE_YEARS = 1;

/** What one record says about one child, at the time it was recorded. */
interface Description {
  readonly childId: string;
  readonly name: string | null;
  readonly sex: Sex | null;
  readonly dateOfBirth: string | null;
  readonly ageYears: number | null;
  readonly at: string;
  readonly eventId: string;
  /** A birth in custody is a new child by definition: never a candidate for someone recorded before. */
  readonly newborn: boolean;
}

interface Identity {
  ids: string[];
  name: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
  age: { readonly years: number; readonly at: string } | null;
  readonly firstEventId: string;
}

interface PendingFlag {
  readonly kind: ReviewFlag['kind'];
  readonly about: Identity;
  readonly candidates: readonly Identity[];
  readonly why: string;
  readonly eventIds: readonly string[];
}

type Agreement = 'agrees' | 'disagrees' | 'not-comparable';

export function describedChildren(fact: Fact): Description[] {
  const f = typed(fact);
  const base = { at: fact.occurredAt, eventId: fact.eventId, newborn: false };
  switch (f.type) {
    case 'DependantsScreeningRecorded':
    case 'ChildrenRecordedAtAdmission':
      return f.data.children.map((c) => ({
        ...base,
        childId: c.childId,
        name: c.name,
        sex: c.sex,
        dateOfBirth: c.dateOfBirth,
        ageYears: c.ageYears ?? ageFromBirthYear(c.birthYear, fact.occurredAt),
      }));
    case 'ChildAdmittedWithParent':
      return [{ ...base, childId: f.data.childId, name: null, sex: null, dateOfBirth: f.data.dateOfBirth, ageYears: null }];
    case 'ChildBornInCustody':
      return [
        { ...base, childId: f.data.childId, name: null, sex: f.data.sex, dateOfBirth: f.data.bornAt.slice(0, 10), ageYears: null, newborn: true },
      ];
    default:
      return [];
  }
}

/**
 * An agency that knows only the year of birth ("born 2019") gives an age within a year of the
 * truth at the time of its record: the tolerance every age comparison here already allows.
 */
function ageFromBirthYear(birthYear: number | null, at: string): number | null {
  return birthYear === null ? null : Math.max(0, new Date(at).getUTCFullYear() - birthYear);
}

const normalisedName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether what we know of a child and a new record agree on the child's age. */
export function ageAgreement(known: Pick<Identity, 'dateOfBirth' | 'age'>, record: Pick<Description, 'dateOfBirth' | 'ageYears' | 'at'>): Agreement {
  const within = (a: number, b: number): Agreement => (Math.abs(a - b) <= AGE_TOLERANCE_YEARS ? 'agrees' : 'disagrees');
  if (known.dateOfBirth && record.dateOfBirth) return known.dateOfBirth === record.dateOfBirth ? 'agrees' : 'disagrees';
  if (known.dateOfBirth && record.ageYears !== null) return within(yearsBetween(known.dateOfBirth, record.at), record.ageYears);
  if (known.age && record.dateOfBirth) return within(yearsBetween(record.dateOfBirth, known.age.at), known.age.years);
  if (known.age && record.ageYears !== null) return within(known.age.years + fractionalYearsBetween(known.age.at, record.at), record.ageYears);
  return 'not-comparable';
}

/** A record given the same reference contradicts the child when it puts the birth in another year. */
function contradictsBirthYear(known: Identity, record: Description): boolean {
  if (known.dateOfBirth && record.dateOfBirth) return known.dateOfBirth.slice(0, 4) !== record.dateOfBirth.slice(0, 4);
  return ageAgreement(known, record) === 'disagrees';
}

function merge(known: Identity, record: Description): void {
  if (!known.ids.includes(record.childId)) known.ids.push(record.childId);
  known.name ??= record.name;
  known.sex ??= record.sex;
  known.dateOfBirth ??= record.dateOfBirth;
  if (record.ageYears !== null) known.age = { years: record.ageYears, at: record.at };
}

const identityOf = (record: Description): Identity => ({
  ids: [record.childId],
  name: record.name,
  sex: record.sex,
  dateOfBirth: record.dateOfBirth,
  age: record.ageYears === null ? null : { years: record.ageYears, at: record.at },
  firstEventId: record.eventId,
});

/**
 * Candidates for a record with a new reference: the same name (case and spacing aside) or, for a
 * record without a name, the same date of birth. A child already matched by this same record
 * cannot be matched twice by it.
 */
function candidatesFor(record: Description, known: readonly Identity[], claimed: ReadonlySet<Identity>): Identity[] {
  if (record.newborn) return [];
  return known.filter((k) => {
    if (claimed.has(k)) return false;
    if (record.name === null || k.name === null) return record.dateOfBirth !== null && k.dateOfBirth === record.dateOfBirth;
    return normalisedName(k.name) === normalisedName(record.name);
  });
}

/** Places one record: on the child with its reference, on the one child it matches with confidence, or on a new child with a flag. */
function place(record: Description, known: Identity[], claimed: Set<Identity>, flags: PendingFlag[]): void {
  const byId = known.find((k) => k.ids.includes(record.childId));
  if (byId) {
    if (contradictsBirthYear(byId, record)) {
      flags.push({
        kind: 'conflicting-birth-year',
        about: byId,
        candidates: [],
        why: 'a record with the same child reference gives a different birth year',
        eventIds: [byId.firstEventId, record.eventId],
      });
    }
    merge(byId, record);
    claimed.add(byId);
    return;
  }
  const candidates = candidatesFor(record, known, claimed);
  const confident = confidentMatches(record, candidates, known);
  if (confident.length === 1) {
    merge(confident[0], record);
    claimed.add(confident[0]);
    return;
  }
  const child = identityOf(record);
  known.push(child);
  claimed.add(child);
  if (candidates.length > 0) {
    flags.push({
      kind: 'unmatched-child',
      about: child,
      candidates,
      why: unmatchedReason(record, candidates, confident.length),
      eventIds: [...candidates.map((c) => c.firstEventId), record.eventId],
    });
  }
}

/**
 * Named on both sides: the same name and an agreeing age. Unnamed on one side (a baby admitted with
 * her, recorded by date of birth only): the same date of birth, when no other child of hers has it —
 * a date of birth alone is shared by twins, so two children with it are left for a person to tell apart.
 */
function confidentMatches(record: Description, candidates: readonly Identity[], known: readonly Identity[]): Identity[] {
  const named = candidates.filter((c) => record.name !== null && c.name !== null && ageAgreement(c, record) === 'agrees');
  if (named.length > 0) return named;
  if (record.dateOfBirth === null || known.filter((k) => k.dateOfBirth === record.dateOfBirth).length !== 1) return [];
  return candidates.filter((c) => (record.name === null || c.name === null) && c.dateOfBirth === record.dateOfBirth);
}

function unmatchedReason(record: Description, candidates: readonly Identity[], confident: number): string {
  if (confident > 1) return 'it matches more than one child recorded before';
  if (record.name === null) return 'it gives no name, only the date of birth of a child recorded before';
  if (candidates.every((c) => c.name === null)) return 'it has the date of birth of a child recorded before without a name';
  return 'it has the name of a child recorded before, but no date of birth or age that agrees with it';
}

/**
 * Every child in the file, once. A record that cannot be matched with confidence becomes its own
 * child and is flagged 'unmatched-child' naming the candidates; a reference no agency ever
 * described becomes its own child too, flagged, so a visit or a call is never silently lost.
 */
export function matchChildren(file: PersonFile): ChildMatching {
  // The journey projection and the safeguard rules' view both need the matching of the same
  // (immutable) file on every event: done once.
  let matching = matchings.get(file);
  if (!matching) matchings.set(file, (matching = matchFile(file)));
  return matching;
}

const matchings = new WeakMap<PersonFile, ChildMatching>();

function matchFile(file: PersonFile): ChildMatching {
  const known: Identity[] = [];
  const pending: PendingFlag[] = [];
  for (const fact of file.facts) {
    const claimed = new Set<Identity>();
    for (const record of describedChildren(fact)) place(record, known, claimed, pending);
  }
  for (const fact of file.facts) {
    for (const childId of childIdsIn(fact)) {
      if (known.some((k) => k.ids.includes(childId))) continue;
      const child: Identity = { ids: [childId], name: null, sex: null, dateOfBirth: null, age: null, firstEventId: fact.eventId };
      known.push(child);
      pending.push({
        kind: 'unmatched-child',
        about: child,
        candidates: [],
        why: `a ${fact.agency} record refers to a child no agency described`,
        eventIds: [fact.eventId],
      });
    }
  }
  return finalise(file, known, pending);
}

function finalise(file: PersonFile, known: readonly Identity[], pending: readonly PendingFlag[]): ChildMatching {
  const keyOf = new Map<Identity, string>();
  const agencies = new Map<Identity, Set<RecordingAgency>>();
  for (const fact of file.facts) {
    for (const childId of childIdsIn(fact)) {
      const child = known.find((k) => k.ids.includes(childId));
      if (!child) continue;
      if (!keyOf.has(child)) keyOf.set(child, childId);
      agencies.set(child, (agencies.get(child) ?? new Set()).add(fact.agency));
    }
  }
  const lastAt = file.facts[file.facts.length - 1]?.occurredAt ?? null;
  const mentions = file.facts.flatMap(childIdsIn);
  const key = (k: Identity): string => keyOf.get(k) ?? k.ids[0];
  const children = known
    .map((k): MatchedChild => ({
      childKey: key(k),
      childIds: [...k.ids],
      name: k.name,
      sex: k.sex,
      dateOfBirth: k.dateOfBirth,
      ageYears: k.dateOfBirth && lastAt ? yearsBetween(k.dateOfBirth, lastAt) : (k.age?.years ?? null),
      recordedAge: k.age,
      recordedBy: AGENCY_ORDER.filter((a) => agencies.get(k)?.has(a)),
    }))
    .sort((a, b) => mentions.indexOf(a.childKey) - mentions.indexOf(b.childKey));
  const flags = pending.map((p): ReviewFlag => ({
    kind: p.kind,
    childKey: key(p.about),
    message:
      p.candidates.length > 0
        ? `Kept as its own child because ${p.why}; may be child ${p.candidates.map(key).join(' or ')}.`
        : `Needs review: ${p.why}.`,
    eventIds: p.eventIds,
  }));
  return { children, flags };
}

const AGENCY_ORDER: readonly RecordingAgency[] = ['police', 'court', 'prison'];
