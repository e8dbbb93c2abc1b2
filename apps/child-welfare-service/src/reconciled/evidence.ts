import { inRecordOrder, type Fact, type RecordingAgency } from '../person-file/person-file';

/**
 * One agency's record of something that happened, as the reconciled view hands it to a rule: when
 * the agency says it happened, which agency and unit recorded it, the event, and what it says in
 * a few plain words ("screening recorded", "the prison recorded the children"). A safeguard is met
 * or missed on evidence like this, whichever agency supplied it.
 */
export interface Evidence {
  /** When it happened in the world, as the agency states it (never when it reached us). */
  readonly at: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly agency: RecordingAgency;
  /** The unit whose credential recorded it, when known. */
  readonly unitId: string | null;
  /** What the record shows, in plain words, for the audit trail and the alert's resolution. */
  readonly says: string;
}

export function evidenceOf(fact: Fact, says: string, at: string = fact.occurredAt): Evidence {
  return { at, eventId: fact.eventId, eventType: fact.type, agency: fact.agency, unitId: fact.unitId, says };
}

export const isBefore = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);

/**
 * Evidence in the order of the person's file: by time, then the order facts can happen in at the
 * same instant (a screening before the care arranged at it), then event id, so every replica
 * agrees on which record came first.
 */
export const byRecordOrder: (a: Evidence, b: Evidence) => number = inRecordOrder;

/** The earliest of several pieces of evidence, in the file's order, or null. */
export function earliest(...candidates: readonly (Evidence | null | undefined)[]): Evidence | null {
  let first: Evidence | null = null;
  for (const c of candidates) if (c && (!first || byRecordOrder(c, first) < 0)) first = c;
  return first;
}

/** The earliest evidence at or after `from` (and, when given, before `until`). */
export function firstFrom(evidence: readonly Evidence[], from: string, until?: string | null): Evidence | null {
  return earliest(...evidence.filter((e) => !isBefore(e.at, from) && (until == null || isBefore(e.at, until))));
}
