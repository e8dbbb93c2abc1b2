/**
 * The public facts of the prison service (topic `justice.prison.events.v1`), each at the schema
 * version the catalogue names (superseded versions, for the upcasters, at the end of the file),
 * one stream per custody (a person's stay under one prison administration). What a prison must
 * know and do for the children of the people it holds: UN Bangkok Rules 2, 3, 26, 28, 48–52.
 */
import type { ScheduledAtSource } from '../court/court-events';
import type { DomainEvent } from '../envelope';
import type { DetailsWithheld, Sex } from '../arrest/arrest-events';

export interface Money {
  readonly amount: number;
  /** ISO 4217, e.g. KHR or USD. */
  readonly currency: string;
}

export type LegalStatus = 'pre-trial' | 'convicted';

export interface PersonAdmittedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly facilityId: string;
  readonly admittedAt: string;
  readonly legalStatus: LegalStatus;
  /** The court case or order the admission rests on: how the child-welfare service joins court and prison. */
  readonly courtCaseReference: string | null;
  readonly orderReference: string;
  readonly nationality: string;
}
export type PersonAdmitted = DomainEvent<'PersonAdmitted', PersonAdmittedData>;

export type ChildCustodyStatus =
  | 'with-other-parent'
  | 'with-relative'
  /** With an adult who is neither a parent nor a relative (a family friend, a neighbour). */
  | 'with-other-adult'
  | 'state-care'
  | 'ngo'
  | 'alone'
  /** Nobody wrote down with whom the child lives: a gap in the record, not a finding. */
  | 'not-recorded'
  | 'unknown'
  | 'other';

/** One child as the prison recorded her at admission. `detailsWithheld` says why a name or sex is missing. */
export interface ChildAtAdmission {
  readonly childId: string;
  readonly name: string | null;
  readonly sex: Sex | null;
  /** Non-null exactly when `name` or `sex` is null. */
  readonly detailsWithheld: DetailsWithheld | null;
  readonly dateOfBirth: string | null;
  /** When only the year of birth is known. */
  readonly birthYear: number | null;
  readonly ageYears: number | null;
  /** Where the child lives, in the prison's words; null when not recorded. */
  readonly livesWhere: string | null;
  readonly custodyStatus: ChildCustodyStatus;
}

/** Bangkok Rule 3: the number and details of her children recorded at admission; she is never forced to answer. */
export interface ChildrenRecordedAtAdmissionData {
  readonly custodyId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly answer: 'has-children' | 'no-children' | 'declined-to-say';
  readonly numberOfChildren: number | null;
  readonly consentToRecordDetails: boolean;
  readonly children: readonly ChildAtAdmission[];
}
export type ChildrenRecordedAtAdmission = DomainEvent<'ChildrenRecordedAtAdmission', ChildrenRecordedAtAdmissionData>;

export interface ChildAdmittedWithParentData {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly admittedAt: string;
  readonly dateOfBirth: string;
  readonly reason: string;
}
export type ChildAdmittedWithParent = DomainEvent<'ChildAdmittedWithParent', ChildAdmittedWithParentData>;

/** Bangkok Rules 49–52: an individual assessment of a child living in prison, and what follows. */
export interface ChildAssessedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly assessedAt: string;
  readonly outcome: string;
  readonly nextAssessmentDue: string;
  readonly referralOrPlacementPlan: string | null;
}
export type ChildAssessed = DomainEvent<'ChildAssessed', ChildAssessedData>;

export interface ChildLeftPrisonData {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly leftAt: string;
  readonly toWhom: string;
  readonly reason: string;
}
export type ChildLeftPrison = DomainEvent<'ChildLeftPrison', ChildLeftPrisonData>;

export interface PregnancyRecordedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly expectedDeliveryDate: string | null;
}
export type PregnancyRecorded = DomainEvent<'PregnancyRecorded', PregnancyRecordedData>;

export interface ChildBornInCustodyData {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly bornAt: string;
  readonly sex: Sex;
}
export type ChildBornInCustody = DomainEvent<'ChildBornInCustody', ChildBornInCustodyData>;

export type VisitSetting = 'behind-bars-or-screen' | 'communal-area' | 'contact-visit' | 'private';

/** Bangkok Rules 26 and 28: visits with children in a child-friendly setting, with physical contact. */
export interface VisitTookPlaceData {
  readonly custodyId: string;
  readonly personId: string;
  readonly visitId: string;
  readonly visitedAt: string;
  readonly durationMinutes: number;
  /** The children who came; empty for an adult-only visit. A visit by several children counts for each (rule 19). */
  readonly childIds: readonly string[];
  readonly visitorName: string | null;
  readonly accompanyingAdult: string | null;
  readonly setting: VisitSetting;
  /** Any fee or payment asked for the visit: the report found families paying to see their mothers. */
  readonly fee: Money | null;
  readonly ownClothesAllowed: boolean;
}
export type VisitTookPlace = DomainEvent<'VisitTookPlace', VisitTookPlaceData>;

export interface PhoneCallMadeData {
  readonly custodyId: string;
  readonly personId: string;
  readonly calledAt: string;
  readonly withWhom: string;
  readonly childIds: readonly string[];
  readonly durationMinutes: number;
  readonly cost: Money | null;
}
export type PhoneCallMade = DomainEvent<'PhoneCallMade', PhoneCallMadeData>;

export interface PrisonerTransferredData {
  readonly custodyId: string;
  readonly personId: string;
  readonly transferredAt: string;
  readonly fromFacilityId: string;
  readonly toFacilityId: string;
  readonly reason: string;
}
export type PrisonerTransferred = DomainEvent<'PrisonerTransferred', PrisonerTransferredData>;

export type NotificationSubject = 'transfer' | 'medical' | 'legal-date' | 'release';

/** The family was told: of a transfer, a medical matter, a legal date or a release. */
export interface FamilyNotifiedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly notifiedAt: string;
  readonly about: NotificationSubject;
  readonly notifiedPerson: string;
  /** True when the person told is the children's caregiver (what release preparation needs). */
  readonly isCaregiver: boolean;
  readonly method: 'phone' | 'letter' | 'in-person' | 'message' | 'other';
}
export type FamilyNotified = DomainEvent<'FamilyNotified', FamilyNotifiedData>;

export interface MedicalEventRecordedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly occurredAt: string;
  /** Null when it concerns the parent; a child's id when it concerns a child living in prison. */
  readonly childId: string | null;
  readonly kind: 'hospitalised' | 'serious-illness' | 'other';
  readonly serious: boolean;
}
export type MedicalEventRecorded = DomainEvent<'MedicalEventRecorded', MedicalEventRecordedData>;

/**
 * A child living outside prison fell seriously ill or was taken to hospital, as the prison learnt
 * it. Her imprisoned parent is owed the news at once (rule 21; Nelson Mandela Rule 70).
 */
export interface ChildMedicalEventRecordedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  /** Names this medical event, so the parent being told of it can refer to it. */
  readonly medicalEventId: string;
  readonly occurredAt: string;
  readonly kind: 'hospitalised' | 'serious-illness' | 'other';
  readonly serious: boolean;
  /** Where the child is being treated, when known. */
  readonly where: string | null;
}
export type ChildMedicalEventRecorded = DomainEvent<'ChildMedicalEventRecorded', ChildMedicalEventRecordedData>;

/** The imprisoned parent was told of her child's medical event. */
export interface ParentToldOfChildMedicalEventData {
  readonly custodyId: string;
  readonly personId: string;
  readonly childId: string;
  readonly medicalEventId: string;
  readonly toldAt: string;
  /** Who told her: an officer, a social worker, a relative on a visit. */
  readonly toldBy: string;
}
export type ParentToldOfChildMedicalEvent = DomainEvent<'ParentToldOfChildMedicalEvent', ParentToldOfChildMedicalEventData>;

export type ReleaseReason = 'sentence-served' | 'pardon' | 'amnesty' | 'bail' | 'acquittal' | 'judicial-supervision';

/** The prison set the day it will release her, and why. */
export interface ReleaseScheduledData {
  readonly custodyId: string;
  readonly personId: string;
  /** When the prison set the release, as it states it (see `scheduledAtSource`). */
  readonly scheduledAt: string;
  readonly scheduledAtSource: ScheduledAtSource;
  readonly releaseOn: string;
  readonly reason: ReleaseReason;
}
export type ReleaseScheduled = DomainEvent<'ReleaseScheduled', ReleaseScheduledData>;

export interface PersonReleasedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly releasedAt: string;
  readonly releasedTo: string;
}
export type PersonReleased = DomainEvent<'PersonReleased', PersonReleasedData>;

export interface HomeLeaveGrantedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly grantedAt: string;
  readonly leaveFrom: string;
  readonly leaveUntil: string;
}
export type HomeLeaveGranted = DomainEvent<'HomeLeaveGranted', HomeLeaveGrantedData>;

export interface ReturnedFromHomeLeaveData {
  readonly custodyId: string;
  readonly personId: string;
  readonly returnedAt: string;
}
export type ReturnedFromHomeLeave = DomainEvent<'ReturnedFromHomeLeave', ReturnedFromHomeLeaveData>;

export interface ConsularContactRecordedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly recordedAt: string;
  readonly kind: 'offered' | 'made' | 'declined';
  readonly consulate: string;
}
export type ConsularContactRecorded = DomainEvent<'ConsularContactRecorded', ConsularContactRecordedData>;

/** Bangkok Rule 23: a sanction may not take away her contact with her children. */
export interface DisciplinarySanctionImposedData {
  readonly custodyId: string;
  readonly personId: string;
  readonly imposedAt: string;
  readonly sanction: string;
  readonly days: number;
  readonly restrictsFamilyContact: boolean;
}
export type DisciplinarySanctionImposed = DomainEvent<'DisciplinarySanctionImposed', DisciplinarySanctionImposedData>;

export type PrisonEvent =
  | PersonAdmitted
  | ChildrenRecordedAtAdmission
  | ChildAdmittedWithParent
  | ChildAssessed
  | ChildLeftPrison
  | PregnancyRecorded
  | ChildBornInCustody
  | VisitTookPlace
  | PhoneCallMade
  | PrisonerTransferred
  | FamilyNotified
  | MedicalEventRecorded
  | ChildMedicalEventRecorded
  | ParentToldOfChildMedicalEvent
  | ReleaseScheduled
  | PersonReleased
  | HomeLeaveGranted
  | ReturnedFromHomeLeave
  | ConsularContactRecorded
  | DisciplinarySanctionImposed;

/*
 * Superseded versions, kept for the upcasters in `../upcasting/` (stored logs and retained
 * topics still hold them). Nothing else should read them: every reader gets the current version.
 */

/** `ChildCustodyStatus` before v2 of `ChildrenRecordedAtAdmission`. */
export type ChildCustodyStatusV1 = Exclude<ChildCustodyStatus, 'with-other-adult' | 'not-recorded'>;

export interface ChildAtAdmissionV1 {
  readonly childId: string;
  readonly name: string;
  readonly sex: Sex;
  readonly dateOfBirth: string | null;
  readonly ageYears: number | null;
  readonly livesWhere: string;
  readonly custodyStatus: ChildCustodyStatusV1;
}

export interface ChildrenRecordedAtAdmissionDataV1 extends Omit<ChildrenRecordedAtAdmissionData, 'children'> {
  readonly children: readonly ChildAtAdmissionV1[];
}

export interface VisitTookPlaceDataV1 extends Omit<VisitTookPlaceData, 'childIds'> {
  /** The child who visited; null when the visitor was an adult only. */
  readonly childId: string | null;
}

/** v1's `scheduledAt` was always stamped by the prison service when it received the record. */
export type ReleaseScheduledDataV1 = Omit<ReleaseScheduledData, 'scheduledAtSource'>;
