/**
 * The public facts of the prison service (topic `justice.prison.events.v1`), each at the schema
 * version the catalogue names (superseded versions, for the upcasters, at the end of the file),
 * one stream per custody (a person's stay under one prison administration). What a prison must
 * know and do for the children of the people it holds: UN Bangkok Rules 2, 3, 26, 28, 48–52.
 */
import type { DomainEvent } from '../envelope';
import type {
  ChildAdmittedWithParentDataV1,
  ChildAssessedDataV1,
  ChildBornInCustodyDataV1,
  ChildLeftPrisonDataV1,
  ChildMedicalEventRecordedDataV1,
  ChildrenRecordedAtAdmissionDataV1,
  ChildrenRecordedAtAdmissionDataV2,
  ConsularContactRecordedDataV1,
  DisciplinarySanctionImposedDataV1,
  FamilyNotifiedDataV1,
  HomeLeaveGrantedDataV1,
  MedicalEventRecordedDataV1,
  ParentToldOfChildMedicalEventDataV1,
  PersonAdmittedDataV1,
  PersonReleasedDataV1,
  PhoneCallMadeDataV1,
  PregnancyRecordedDataV1,
  PrisonerTransferredDataV1,
  ReleaseScheduledDataV1,
  ReleaseScheduledDataV2,
  ReturnedFromHomeLeaveDataV1,
  VisitTookPlaceDataV1,
  VisitTookPlaceDataV2,
} from '../generated/event-data';

export type PersonAdmittedData = PersonAdmittedDataV1;
export type LegalStatus = PersonAdmittedData['legalStatus'];
export type PersonAdmitted = DomainEvent<'PersonAdmitted', PersonAdmittedData>;

/** Bangkok Rule 3: the number and details of her children recorded at admission; she is never forced to answer. */
export type ChildrenRecordedAtAdmissionData = ChildrenRecordedAtAdmissionDataV2;
/** One child as the prison recorded her at admission. `detailsWithheld` says why a name or sex is missing. */
export type ChildAtAdmission = ChildrenRecordedAtAdmissionData['children'][number];
/**
 * With whom the child lives. `with-other-adult`: an adult who is neither a parent nor a relative
 * (a family friend, a neighbour); `not-recorded`: nobody wrote it down, a gap in the record, not a finding.
 */
export type ChildCustodyStatus = ChildAtAdmission['custodyStatus'];
export type ChildrenRecordedAtAdmission = DomainEvent<'ChildrenRecordedAtAdmission', ChildrenRecordedAtAdmissionData>;

export type ChildAdmittedWithParentData = ChildAdmittedWithParentDataV1;
export type ChildAdmittedWithParent = DomainEvent<'ChildAdmittedWithParent', ChildAdmittedWithParentData>;

/** Bangkok Rules 49–52: an individual assessment of a child living in prison, and what follows. */
export type ChildAssessedData = ChildAssessedDataV1;
export type ChildAssessed = DomainEvent<'ChildAssessed', ChildAssessedData>;

export type ChildLeftPrisonData = ChildLeftPrisonDataV1;
export type ChildLeftPrison = DomainEvent<'ChildLeftPrison', ChildLeftPrisonData>;

export type PregnancyRecordedData = PregnancyRecordedDataV1;
export type PregnancyRecorded = DomainEvent<'PregnancyRecorded', PregnancyRecordedData>;

export type ChildBornInCustodyData = ChildBornInCustodyDataV1;
export type ChildBornInCustody = DomainEvent<'ChildBornInCustody', ChildBornInCustodyData>;

/** Bangkok Rules 26 and 28: visits with children in a child-friendly setting, with physical contact. */
export type VisitTookPlaceData = VisitTookPlaceDataV2;
export type VisitSetting = VisitTookPlaceData['setting'];
/** An amount and its ISO 4217 currency (KHR, USD). */
export type Money = NonNullable<VisitTookPlaceData['fee']>;
export type VisitTookPlace = DomainEvent<'VisitTookPlace', VisitTookPlaceData>;

export type PhoneCallMadeData = PhoneCallMadeDataV1;
export type PhoneCallMade = DomainEvent<'PhoneCallMade', PhoneCallMadeData>;

export type PrisonerTransferredData = PrisonerTransferredDataV1;
export type PrisonerTransferred = DomainEvent<'PrisonerTransferred', PrisonerTransferredData>;

/** The family was told: of a transfer, a medical matter, a legal date or a release. */
export type FamilyNotifiedData = FamilyNotifiedDataV1;
export type NotificationSubject = FamilyNotifiedData['about'];
export type FamilyNotified = DomainEvent<'FamilyNotified', FamilyNotifiedData>;

export type MedicalEventRecordedData = MedicalEventRecordedDataV1;
export type MedicalEventRecorded = DomainEvent<'MedicalEventRecorded', MedicalEventRecordedData>;

/**
 * A child living outside prison fell seriously ill or was taken to hospital, as the prison learnt
 * it. Her imprisoned parent is owed the news at once (rule 21; Nelson Mandela Rule 70).
 */
export type ChildMedicalEventRecordedData = ChildMedicalEventRecordedDataV1;
export type ChildMedicalEventRecorded = DomainEvent<'ChildMedicalEventRecorded', ChildMedicalEventRecordedData>;

/** The imprisoned parent was told of her child's medical event. */
export type ParentToldOfChildMedicalEventData = ParentToldOfChildMedicalEventDataV1;
export type ParentToldOfChildMedicalEvent = DomainEvent<'ParentToldOfChildMedicalEvent', ParentToldOfChildMedicalEventData>;

/** The prison set the day it will release her, and why. */
export type ReleaseScheduledData = ReleaseScheduledDataV2;
export type ReleaseReason = ReleaseScheduledData['reason'];
export type ReleaseScheduled = DomainEvent<'ReleaseScheduled', ReleaseScheduledData>;

export type PersonReleasedData = PersonReleasedDataV1;
export type PersonReleased = DomainEvent<'PersonReleased', PersonReleasedData>;

export type HomeLeaveGrantedData = HomeLeaveGrantedDataV1;
export type HomeLeaveGranted = DomainEvent<'HomeLeaveGranted', HomeLeaveGrantedData>;

export type ReturnedFromHomeLeaveData = ReturnedFromHomeLeaveDataV1;
export type ReturnedFromHomeLeave = DomainEvent<'ReturnedFromHomeLeave', ReturnedFromHomeLeaveData>;

export type ConsularContactRecordedData = ConsularContactRecordedDataV1;
export type ConsularContactRecorded = DomainEvent<'ConsularContactRecorded', ConsularContactRecordedData>;

/** Bangkok Rule 23: a sanction may not take away her contact with her children. */
export type DisciplinarySanctionImposedData = DisciplinarySanctionImposedDataV1;
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

export type ChildAtAdmissionV1 = ChildrenRecordedAtAdmissionDataV1['children'][number];
/** `ChildCustodyStatus` before v2 of `ChildrenRecordedAtAdmission`. */
export type ChildCustodyStatusV1 = ChildAtAdmissionV1['custodyStatus'];

export type { ChildrenRecordedAtAdmissionDataV1 };

export type { VisitTookPlaceDataV1 };

/** v1's `scheduledAt` was always stamped by the prison service when it received the record. */
export type { ReleaseScheduledDataV1 };
