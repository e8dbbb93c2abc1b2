import type { Charge, OffenceClass } from '@safeguard/contracts';
import { factsOf, type AgencyEventType, type FactOf, type PersonFile } from '../person-file/person-file';

/** Calendar months later, in UTC: how the law counts a term of months. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const whole = Math.trunc(months);
  d.setUTCMonth(d.getUTCMonth() + whole);
  return new Date(d.getTime() + Math.round((months - whole) * 30 * 24 * 60 * 60_000)).toISOString();
}

export const isBefore = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);
export const laterOf = (a: string, b: string): string => (isBefore(a, b) ? b : a);

/** Facts of one type about one case. */
export function caseFactsOf<T extends AgencyEventType>(file: PersonFile, type: T, caseId: string): FactOf<T>[] {
  return factsOf(file, type).filter((f) => (f.data as { caseId?: string }).caseId === caseId);
}

const CLASS_RANK: Record<OffenceClass, number> = { felony: 3, misdemeanour: 2, 'petty-offence': 1 };

/** The charge that decides what the law allows: the highest class, then the longest maximum penalty. */
export function mostSeriousCharge(charges: readonly Charge[]): Charge | null {
  return [...charges].sort((a, b) => CLASS_RANK[b.offenceClass] - CLASS_RANK[a.offenceClass] || b.maximumPenaltyMonths - a.maximumPenaltyMonths)[0] ?? null;
}

/** What an alert about a case says of where it came from: the case, its first arrest and that arrest's province. */
export interface CaseContext {
  readonly caseReference: string | null;
  readonly arrestId: string | null;
  readonly province: string | null;
  readonly charges: readonly Charge[];
}

export function caseContextOf(file: PersonFile, caseId: string): CaseContext {
  const opened = caseFactsOf(file, 'CaseOpened', caseId)[0];
  const arrestId = opened?.data.arrestIds[0] ?? null;
  const arrest = factsOf(file, 'ArrestMade').find((a) => a.data.arrestId === arrestId);
  return { caseReference: opened?.data.caseReference ?? null, arrestId, province: arrest?.data.province ?? null, charges: opened?.data.charges ?? [] };
}

/** The court that sat: the place of the case's latest hearing held by `at`, else the case reference. */
export function courtOf(file: PersonFile, caseId: string, at: string): string | null {
  const held = caseFactsOf(file, 'HearingScheduled', caseId)
    .filter((h) => !isBefore(at, h.data.hearingAt))
    .sort((a, b) => Date.parse(a.data.hearingAt) - Date.parse(b.data.hearingAt));
  return held[held.length - 1]?.data.place ?? caseContextOf(file, caseId).caseReference;
}

/**
 * Every child any agency recorded for this person, by id: the police screening (with her consent),
 * the prison's admission record, and children admitted with her or born in custody.
 */
export function recordedChildIds(file: PersonFile): string[] {
  const ids = [
    ...factsOf(file, 'DependantsScreeningRecorded').flatMap((s) => s.data.children.map((c) => c.childId)),
    ...factsOf(file, 'ChildrenRecordedAtAdmission').flatMap((r) => r.data.children.map((c) => c.childId)),
    ...factsOf(file, 'ChildAdmittedWithParent').map((c) => c.data.childId),
    ...factsOf(file, 'ChildBornInCustody').map((c) => c.data.childId),
  ];
  return [...new Set(ids)];
}

/**
 * Whether she is a parent of dependent children at `at`. Children recorded by any agency at any
 * time lived before it (a prison learning of them later does not make them younger), except a
 * child born in custody after `at`.
 */
export function isParentOfDependantsAt(file: PersonFile, at: string): boolean {
  return (
    factsOf(file, 'DependantsScreeningRecorded').some((s) => s.data.answer === 'has-dependants' || (s.data.numberOfChildren ?? 0) > 0 || s.data.children.length > 0) ||
    factsOf(file, 'ChildrenRecordedAtAdmission').some((r) => r.data.answer === 'has-children' || (r.data.numberOfChildren ?? 0) > 0) ||
    factsOf(file, 'ChildAdmittedWithParent').length > 0 ||
    factsOf(file, 'ChildBornInCustody').some((b) => !isBefore(at, b.data.bornAt))
  );
}

/** 40 weeks: a pregnancy recorded later with an expected delivery date already existed this long before it. */
const GESTATION_DAYS = 280;

/**
 * Whether she was pregnant at `at`, or had been before it: a woman pregnant at her arrest is
 * pregnant or the mother of an infant at every later decision. A pregnancy the prison records
 * after `at` counts when its expected delivery date shows it had begun by then.
 */
export function wasPregnantBy(file: PersonFile, at: string): boolean {
  return (
    factsOf(file, 'DependantsScreeningRecorded').some((s) => s.data.pregnancy === 'pregnant' && !isBefore(at, s.data.askedAt)) ||
    factsOf(file, 'PregnancyRecorded').some((p) => {
      if (!isBefore(at, p.data.recordedAt)) return true;
      const due = p.data.expectedDeliveryDate;
      return due !== null && !isBefore(at, new Date(Date.parse(due) - GESTATION_DAYS * 24 * 60 * 60_000).toISOString());
    })
  );
}

/** "pregnant", "a parent of dependent children", both, or null: whom the Bangkok Rules protect at a decision. */
export function familyStatusAt(file: PersonFile, at: string): string | null {
  const pregnant = wasPregnantBy(file, at);
  const parent = isParentOfDependantsAt(file, at);
  if (pregnant && parent) return 'pregnant and a parent of dependent children';
  return pregnant ? 'pregnant' : parent ? 'a parent of dependent children' : null;
}

/** When and why a spell of pre-trial detention ended. */
export interface DetentionEnd {
  readonly at: string;
  readonly eventId: string;
  readonly how: string;
}

/** One pre-trial detention on a case: the order that began it, its extensions, and its end once known. */
export interface DetentionSpell {
  readonly caseId: string;
  readonly ordered: FactOf<'PretrialDecisionMade'>;
  readonly extensions: readonly FactOf<'PretrialDetentionExtended'>[];
  readonly ended: DetentionEnd | null;
}

/**
 * The pre-trial detentions of a case. A detention order starts one unless one is already running;
 * a later release or judicial supervision, a verdict, the case's closing or her release from
 * prison ends it, whichever comes first.
 */
export function detentionSpellsOf(file: PersonFile, caseId: string): DetentionSpell[] {
  const spells: DetentionSpell[] = [];
  for (const decision of caseFactsOf(file, 'PretrialDecisionMade', caseId)) {
    const open = spells[spells.length - 1];
    if (decision.data.outcome === 'detention' && (!open || (open.ended && !isBefore(decision.occurredAt, open.ended.at)))) {
      spells.push(spellFrom(file, caseId, decision));
    }
  }
  return spells;
}

function spellFrom(file: PersonFile, caseId: string, ordered: FactOf<'PretrialDecisionMade'>): DetentionSpell {
  const after = (f: { occurredAt: string }) => isBefore(ordered.occurredAt, f.occurredAt);
  const ends: DetentionEnd[] = [
    ...caseFactsOf(file, 'PretrialDecisionMade', caseId)
      .filter((d) => d.data.outcome !== 'detention' && after(d))
      .map((d) => ({ at: d.occurredAt, eventId: d.eventId, how: `the court ordered ${d.data.outcome}` })),
    ...caseFactsOf(file, 'VerdictDelivered', caseId).filter(after).map((v) => ({ at: v.occurredAt, eventId: v.eventId, how: 'the verdict was delivered' })),
    ...caseFactsOf(file, 'CaseClosed', caseId).filter(after).map((c) => ({ at: c.occurredAt, eventId: c.eventId, how: 'the case was closed' })),
    ...factsOf(file, 'PersonReleased').filter(after).map((r) => ({ at: r.occurredAt, eventId: r.eventId, how: 'she was released from prison' })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const ended = ends[0] ?? null;
  const extensions = caseFactsOf(file, 'PretrialDetentionExtended', caseId).filter((e) => after(e) && (!ended || !isBefore(ended.at, e.occurredAt)));
  return { caseId, ordered, extensions, ended };
}

/** The spell a detention order began or belongs to. */
export function spellOf(file: PersonFile, decision: FactOf<'PretrialDecisionMade'>): DetentionSpell | null {
  const spells = detentionSpellsOf(file, decision.data.caseId);
  return [...spells].reverse().find((s) => !isBefore(decision.occurredAt, s.ordered.occurredAt)) ?? null;
}
