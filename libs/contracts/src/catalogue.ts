import type { AlertEvent } from './alerts/alert-events';
import type { ArrestEvent } from './arrest/arrest-events';
import type { CourtEvent } from './court/court-events';
import type { ChildJourneyEvent } from './journeys/child-journey-events';
import type { PrisonEvent } from './prison/prison-events';
import { Topics, type Topic } from './topics';

/** Every public event type, the topic it is published on and its current schema version. */
export type PublicEvent = ArrestEvent | CourtEvent | PrisonEvent | AlertEvent | ChildJourneyEvent;
export type PublicEventType = PublicEvent['type'];

type DataOf<T extends PublicEventType> = Extract<PublicEvent, { type: T }>['data'];
type TimeFieldOf<T extends PublicEventType> = { [K in keyof DataOf<T>]: DataOf<T>[K] extends string ? K : never }[keyof DataOf<T>];

interface Registration<T extends PublicEventType> {
  readonly topic: Topic;
  /**
   * The version producers write and readers get. Raising it needs a new
   * `contracts/events/<Type>.v<n>.schema.json` and an upcaster from the version before
   * (`upcasting/upcasters.ts`); a test checks both.
   */
  readonly schemaVersion: number;
  /** The field naming when the fact happened in the world. */
  readonly occurredAt: TimeFieldOf<T>;
  /** The person the fact concerns, when it is not `personId`. */
  readonly subjectOf?: (data: DataOf<T>) => string;
}

/** Every public event's topic, schema version and named fact time, one line each. */
export const EventCatalogue: { readonly [T in PublicEventType]: Registration<T> } = {
  ArrestMade: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'arrestedAt', subjectOf: (d) => d.person.personId },
  DependantsScreeningRecorded: { topic: Topics.arrestEvents, schemaVersion: 2, occurredAt: 'askedAt' },
  CareArrangementMade: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'arrangedAt' },
  FamilyContactGiven: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'contactedAt' },
  ChildGivenExplanation: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'explainedAt' },
  TakenIntoPoliceCustody: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'custodyAt' },
  BroughtBeforeJudicialAuthority: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'broughtAt' },
  PoliceCustodyExtended: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'authorisedAt' },
  ReleasedWithoutCharge: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'releasedAt' },
  ReleasedOnPoliceBail: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'releasedAt' },
  ReleasedOnJudicialOrder: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'releasedAt' },
  ConsularContactOffered: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'offeredAt' },
  CaseFileHandedToProsecutor: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'handedAt' },
  TransferredToPrison: { topic: Topics.arrestEvents, schemaVersion: 1, occurredAt: 'transferredAt' },
  ArrestRecordCorrected: { topic: Topics.arrestEvents, schemaVersion: 2, occurredAt: 'correctedAt' },
  CaseOpened: { topic: Topics.courtEvents, schemaVersion: 2, occurredAt: 'openedAt' },
  LegalRepresentationRecorded: { topic: Topics.courtEvents, schemaVersion: 1, occurredAt: 'recordedAt' },
  PretrialDecisionMade: { topic: Topics.courtEvents, schemaVersion: 1, occurredAt: 'decidedAt' },
  PretrialDetentionExtended: { topic: Topics.courtEvents, schemaVersion: 1, occurredAt: 'extendedAt' },
  HearingScheduled: { topic: Topics.courtEvents, schemaVersion: 2, occurredAt: 'scheduledAt' },
  FamilyNotifiedOfHearing: { topic: Topics.courtEvents, schemaVersion: 1, occurredAt: 'notifiedAt' },
  VerdictDelivered: { topic: Topics.courtEvents, schemaVersion: 1, occurredAt: 'deliveredAt' },
  SentenceImposed: { topic: Topics.courtEvents, schemaVersion: 2, occurredAt: 'imposedAt' },
  AppealFiled: { topic: Topics.courtEvents, schemaVersion: 1, occurredAt: 'filedAt' },
  AppealDecided: { topic: Topics.courtEvents, schemaVersion: 1, occurredAt: 'decidedAt' },
  ClemencyGranted: { topic: Topics.courtEvents, schemaVersion: 2, occurredAt: 'grantedAt' },
  CaseClosed: { topic: Topics.courtEvents, schemaVersion: 1, occurredAt: 'closedAt' },
  PersonAdmitted: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'admittedAt' },
  ChildrenRecordedAtAdmission: { topic: Topics.prisonEvents, schemaVersion: 2, occurredAt: 'recordedAt' },
  ChildAdmittedWithParent: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'admittedAt' },
  ChildAssessed: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'assessedAt' },
  ChildLeftPrison: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'leftAt' },
  PregnancyRecorded: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'recordedAt' },
  ChildBornInCustody: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'bornAt' },
  VisitTookPlace: { topic: Topics.prisonEvents, schemaVersion: 2, occurredAt: 'visitedAt' },
  PhoneCallMade: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'calledAt' },
  PrisonerTransferred: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'transferredAt' },
  FamilyNotified: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'notifiedAt' },
  MedicalEventRecorded: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'occurredAt' },
  ChildMedicalEventRecorded: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'occurredAt' },
  ParentToldOfChildMedicalEvent: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'toldAt' },
  ReleaseScheduled: { topic: Topics.prisonEvents, schemaVersion: 2, occurredAt: 'scheduledAt' },
  PersonReleased: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'releasedAt' },
  HomeLeaveGranted: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'grantedAt' },
  ReturnedFromHomeLeave: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'returnedAt' },
  ConsularContactRecorded: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'recordedAt' },
  DisciplinarySanctionImposed: { topic: Topics.prisonEvents, schemaVersion: 1, occurredAt: 'imposedAt' },
  AlertRaised: { topic: Topics.alertEvents, schemaVersion: 1, occurredAt: 'raisedAt' },
  AlertAcknowledged: { topic: Topics.alertEvents, schemaVersion: 1, occurredAt: 'acknowledgedAt' },
  AlertEscalated: { topic: Topics.alertEvents, schemaVersion: 1, occurredAt: 'escalatedAt' },
  AlertResolved: { topic: Topics.alertEvents, schemaVersion: 1, occurredAt: 'resolvedAt' },
  AlertWithdrawn: { topic: Topics.alertEvents, schemaVersion: 1, occurredAt: 'withdrawnAt' },
  ChildJourneyChanged: { topic: Topics.childJourneys, schemaVersion: 1, occurredAt: 'changedAt' },
};

export interface CatalogueEntry<E extends PublicEvent> {
  readonly topic: Topic;
  readonly schemaVersion: number;
  /** The person the fact concerns: the message key, so one person's events stay in order. */
  readonly subjectOf: (data: E['data']) => string;
  /** When the fact happened in the world, as named in its data. */
  readonly occurredAtOf: (data: E['data']) => string;
}

export function isPublicEventType(type: string): type is PublicEventType {
  return Object.prototype.hasOwnProperty.call(EventCatalogue, type);
}

export function catalogueEntry<E extends PublicEvent>(event: E): CatalogueEntry<E> {
  const registration = EventCatalogue[event.type] as unknown as Registration<E['type']>;
  return {
    topic: registration.topic,
    schemaVersion: registration.schemaVersion,
    subjectOf: (data) => registration.subjectOf?.(data as never) ?? (data as { personId: string }).personId,
    occurredAtOf: (data) => (data as unknown as Record<string, string>)[registration.occurredAt as string],
  };
}
