import type { AlertEvent } from './alerts/alert-events';
import type { ArrestEvent } from './arrest/arrest-events';
import type { CourtEvent } from './court/court-events';
import type { PrisonEvent } from './prison/prison-events';
import { Topics, type Topic } from './topics';

/** Every public event type, the topic it is published on and its current schema version. */
export type PublicEvent = ArrestEvent | CourtEvent | PrisonEvent | AlertEvent;
export type PublicEventType = PublicEvent['type'];

interface CatalogueEntry<E extends PublicEvent> {
  readonly topic: Topic;
  readonly schemaVersion: number;
  /** The person the fact concerns: the message key, so one person's events stay in order. */
  readonly subjectOf: (data: E['data']) => string;
  /** When the fact happened in the world, as named in its data. */
  readonly occurredAtOf: (data: E['data']) => string;
}

type Catalogue = { readonly [T in PublicEventType]: CatalogueEntry<Extract<PublicEvent, { type: T }>> };

export const EventCatalogue: Catalogue = {
  ArrestMade: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.person.personId,
    occurredAtOf: (d) => d.arrestedAt,
  },
  DependantsScreeningRecorded: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.askedAt,
  },
  CareArrangementMade: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.arrangedAt,
  },
  FamilyContactGiven: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.contactedAt,
  },
  ChildGivenExplanation: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.explainedAt,
  },
  TakenIntoPoliceCustody: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.custodyAt,
  },
  BroughtBeforeJudicialAuthority: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.broughtAt,
  },
  PoliceCustodyExtended: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.authorisedAt,
  },
  ReleasedWithoutCharge: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.releasedAt,
  },
  ReleasedOnPoliceBail: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.releasedAt,
  },
  CaseFileHandedToProsecutor: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.handedAt,
  },
  TransferredToPrison: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.transferredAt,
  },
  ArrestRecordCorrected: {
    topic: Topics.arrestEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.correctedAt,
  },
  CaseOpened: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.openedAt,
  },
  LegalRepresentationRecorded: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.recordedAt,
  },
  PretrialDecisionMade: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.decidedAt,
  },
  PretrialDetentionExtended: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.extendedAt,
  },
  HearingScheduled: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.scheduledAt,
  },
  FamilyNotifiedOfHearing: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.notifiedAt,
  },
  VerdictDelivered: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.deliveredAt,
  },
  SentenceImposed: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.imposedAt,
  },
  AppealFiled: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.filedAt,
  },
  AppealDecided: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.decidedAt,
  },
  ClemencyGranted: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.grantedAt,
  },
  CaseClosed: {
    topic: Topics.courtEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.closedAt,
  },
  PersonAdmitted: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.admittedAt,
  },
  ChildrenRecordedAtAdmission: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.recordedAt,
  },
  ChildAdmittedWithParent: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.admittedAt,
  },
  ChildAssessed: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.assessedAt,
  },
  ChildLeftPrison: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.leftAt,
  },
  PregnancyRecorded: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.recordedAt,
  },
  ChildBornInCustody: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.bornAt,
  },
  VisitTookPlace: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.visitedAt,
  },
  PhoneCallMade: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.calledAt,
  },
  PrisonerTransferred: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.transferredAt,
  },
  FamilyNotified: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.notifiedAt,
  },
  MedicalEventRecorded: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.occurredAt,
  },
  ReleaseScheduled: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.scheduledAt,
  },
  PersonReleased: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.releasedAt,
  },
  HomeLeaveGranted: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.grantedAt,
  },
  ReturnedFromHomeLeave: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.returnedAt,
  },
  ConsularContactRecorded: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.recordedAt,
  },
  DisciplinarySanctionImposed: {
    topic: Topics.prisonEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.imposedAt,
  },
  AlertRaised: {
    topic: Topics.alertEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.raisedAt,
  },
  AlertResolved: {
    topic: Topics.alertEvents,
    schemaVersion: 1,
    subjectOf: (d) => d.personId,
    occurredAtOf: (d) => d.resolvedAt,
  },
};

export function isPublicEventType(type: string): type is PublicEventType {
  return Object.prototype.hasOwnProperty.call(EventCatalogue, type);
}

export function catalogueEntry<E extends PublicEvent>(event: E): CatalogueEntry<E> {
  return EventCatalogue[event.type] as unknown as CatalogueEntry<E>;
}
