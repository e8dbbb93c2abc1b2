import { catalogueEntry, EventCatalogue, isPublicEventType, Topics, type ArrestEvent, type CourtEvent, type PrisonEvent } from '@safeguard/contracts';

/** The facts the child-welfare service follows: everything the police, the courts and the prisons publish. */
export type AgencyEvent = ArrestEvent | CourtEvent | PrisonEvent;
export type AgencyEventType = AgencyEvent['type'];
export type RecordingAgency = 'police' | 'court' | 'prison';

/** One agency event as the child-welfare service keeps it: the fact, who recorded it, and both of its times. */
export interface Fact<E extends AgencyEvent = AgencyEvent> {
  readonly eventId: string;
  readonly type: E['type'];
  readonly data: E['data'];
  readonly agency: RecordingAgency;
  /**
   * The unit whose credential recorded it (the police unit, the court, the prison), from the
   * envelope's actor: who must act when a safeguard this fact raises is missed. Null for facts
   * kept before the unit was recorded.
   */
  readonly unitId: string | null;
  /** When it happened in the world (event time): what every decision reads. */
  readonly occurredAt: string;
  /** When this service first received it (processing time): shown, never decided on. */
  readonly receivedAt: string;
}

export type FactOf<T extends AgencyEventType> = Fact<Extract<AgencyEvent, { type: T }>>;

/**
 * Everything the agencies have published about one person (the parent), whatever order it came
 * in and however often: a set of facts kept in event-time order. Every projection and every
 * safeguard is a pure function of it, which is what makes a shuffled, duplicated or rebuilt
 * delivery end in the same state as one delivery in order.
 */
export interface PersonFile {
  readonly personId: string;
  readonly facts: readonly Fact[];
}

export function emptyPersonFile(personId: string): PersonFile {
  return { personId, facts: [] };
}

/** Adds a fact once; a fact seen before (same event id) leaves the file as it was. */
export function withFact(file: PersonFile, fact: Fact): PersonFile {
  if (file.facts.some((f) => f.eventId === fact.eventId)) return file;
  return { ...file, facts: [...file.facts, fact].sort(inEventOrder) };
}

export function personFileOf(personId: string, facts: readonly Fact[]): PersonFile {
  const once = new Map(facts.map((f) => [f.eventId, f]));
  return { personId, facts: inEventOrderOf([...once.values()]) };
}

/**
 * Facts sorted as `inEventOrder` sorts them, each time parsed once instead of twice per
 * comparison: a file of thousands of facts is loaded and sorted on every judgement.
 */
function inEventOrderOf(facts: Fact[]): Fact[] {
  const keyed = facts.map((fact) => ({ fact, at: Date.parse(fact.occurredAt), rank: rankOf(fact.type) }));
  keyed.sort((a, b) => a.at - b.at || a.rank - b.rank || (a.fact.eventId < b.fact.eventId ? -1 : a.fact.eventId > b.fact.eventId ? 1 : 0));
  return keyed.map((k) => k.fact);
}

// A type this reader does not know (a newer producer's) sorts after every known one.
const rankOf = (type: string) => (CAUSAL_RANK as Partial<Record<string, number>>)[type] ?? Number.MAX_SAFE_INTEGER;

/** The facts of one type, in event-time order, typed. */
export function factsOf<T extends AgencyEventType>(file: PersonFile, type: T): FactOf<T>[] {
  return file.facts.filter((f): f is FactOf<T> => f.type === type);
}

/** The earliest fact of a type, or null. */
export function firstOf<T extends AgencyEventType>(file: PersonFile, type: T): FactOf<T> | null {
  return factsOf(file, type)[0] ?? null;
}

/** The latest fact of a type, or null. */
export function lastOf<T extends AgencyEventType>(file: PersonFile, type: T): FactOf<T> | null {
  const all = factsOf(file, type);
  return all[all.length - 1] ?? null;
}

const AGENCY_OF_TOPIC: Record<string, RecordingAgency> = {
  [Topics.arrestEvents]: 'police',
  [Topics.courtEvents]: 'court',
  [Topics.prisonEvents]: 'prison',
};

/** The fact an agency's envelope carries, or null when it is not an agency fact this service follows. */
export function factFromEnvelope(
  envelope: { eventId: string; type: string; data: unknown; occurredAt?: string; actor?: { unitId: string } },
  receivedAt: Date,
): Fact | null {
  const agency = isPublicEventType(envelope.type) ? AGENCY_OF_TOPIC[EventCatalogue[envelope.type].topic] : undefined;
  if (!agency) return null;
  const event = { type: envelope.type, data: envelope.data } as AgencyEvent;
  return {
    eventId: envelope.eventId,
    type: event.type,
    data: event.data,
    agency,
    unitId: envelope.actor?.unitId ?? null,
    // Every event's schema requires the field the catalogue names for its time, and what arrives was checked against it.
    occurredAt: catalogueEntry(event).occurredAtOf(event.data),
    receivedAt: receivedAt.toISOString(),
  };
}

/** A fact with the file it joins. */
export interface FiledFact {
  readonly personId: string;
  readonly fact: Fact;
}

/**
 * What the service keeps of an agency envelope: the fact and whose file it joins, or null when it
 * is not an agency fact this service follows (its own alerts, a newer event type). The live inbox
 * and the rebuild read every envelope through here, so both keep the same facts.
 */
export function filedFactOf(envelope: Parameters<typeof factFromEnvelope>[0], receivedAt: Date): FiledFact | null {
  const fact = factFromEnvelope(envelope, receivedAt);
  return fact ? { personId: personIdOf({ type: fact.type, data: fact.data } as AgencyEvent), fact } : null;
}

/** The person a fact concerns: the key of the file it belongs to. */
export function personIdOf(event: AgencyEvent): string {
  return catalogueEntry(event).subjectOf(event.data);
}

/**
 * Facts stamped with the same instant are put in the order they can happen in (an arrest before
 * the questions asked at it), then by event id, so every replica sorts a file the same way. A
 * record over every agency event type, so a new type cannot be added without its place here.
 */
const CAUSAL_RANK: Record<AgencyEventType, number> = {
  ArrestMade: 0,
  DependantsScreeningRecorded: 1,
  ChildGivenExplanation: 2,
  CareArrangementMade: 3,
  FamilyContactGiven: 4,
  TakenIntoPoliceCustody: 5,
  ConsularContactOffered: 6,
  PoliceCustodyExtended: 7,
  BroughtBeforeJudicialAuthority: 8,
  ArrestRecordCorrected: 9,
  CaseFileHandedToProsecutor: 10,
  ReleasedWithoutCharge: 11,
  ReleasedOnPoliceBail: 12,
  CaseOpened: 13,
  LegalRepresentationRecorded: 14,
  PretrialDecisionMade: 15,
  // After the judge's decision it carries out, before anything that follows her release.
  ReleasedOnJudicialOrder: 16,
  TransferredToPrison: 17,
  PersonAdmitted: 18,
  ChildrenRecordedAtAdmission: 19,
  PregnancyRecorded: 20,
  ChildAdmittedWithParent: 21,
  ChildBornInCustody: 22,
  ChildAssessed: 23,
  ConsularContactRecorded: 24,
  PretrialDetentionExtended: 25,
  HearingScheduled: 26,
  FamilyNotifiedOfHearing: 27,
  VisitTookPlace: 28,
  PhoneCallMade: 29,
  MedicalEventRecorded: 30,
  ChildMedicalEventRecorded: 31,
  ParentToldOfChildMedicalEvent: 32,
  DisciplinarySanctionImposed: 33,
  PrisonerTransferred: 34,
  FamilyNotified: 35,
  HomeLeaveGranted: 36,
  ReturnedFromHomeLeave: 37,
  VerdictDelivered: 38,
  SentenceImposed: 39,
  AppealFiled: 40,
  AppealDecided: 41,
  ClemencyGranted: 42,
  ReleaseScheduled: 43,
  ChildLeftPrison: 44,
  PersonReleased: 45,
  CaseClosed: 46,
};

function inEventOrder(a: Fact, b: Fact): number {
  return inRecordOrder({ at: a.occurredAt, eventType: a.type, eventId: a.eventId }, { at: b.occurredAt, eventType: b.type, eventId: b.eventId });
}

/** The order of a person's file, for anything that names a fact by its time, type and event id. */
export function inRecordOrder(a: { at: string; eventType: string; eventId: string }, b: { at: string; eventType: string; eventId: string }): number {
  return (
    Date.parse(a.at) - Date.parse(b.at) || rankOf(a.eventType) - rankOf(b.eventType) || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)
  );
}
