/**
 * The public facts of the arrest service (topic `justice.arrest.events.v1`), each at the schema
 * version the catalogue names (`EventCatalogue`). Their JSON Schemas are in `contracts/events/`;
 * `contracts.unit.spec.ts` keeps the two in step. Superseded versions, read only by the
 * upcasters, are at the end of the file.
 */
import type { DomainEvent } from '../envelope';
import { ArrestRecordCorrectedEnumsV2 } from '../generated/event-data';
import type {
  ArrestMadeDataV1,
  ArrestRecordCorrectedDataV1,
  ArrestRecordCorrectedDataV2,
  BroughtBeforeJudicialAuthorityDataV1,
  CareArrangementMadeDataV1,
  CaseFileHandedToProsecutorDataV1,
  ChildGivenExplanationDataV1,
  ConsularContactOfferedDataV1,
  DependantsScreeningRecordedDataV1,
  DependantsScreeningRecordedDataV2,
  FamilyContactGivenDataV1,
  PoliceCustodyExtendedDataV1,
  ReleasedOnJudicialOrderDataV1,
  ReleasedOnPoliceBailDataV1,
  ReleasedWithoutChargeDataV1,
  TakenIntoPoliceCustodyDataV1,
  TransferredToPrisonDataV1,
} from '../generated/event-data';

export type ArrestMadeData = ArrestMadeDataV1;
export type PersonDetails = ArrestMadeData['person'];
export type Sex = PersonDetails['sex'];
export type SuspectedOffence = ArrestMadeData['suspectedOffence'];
export type OffenceClass = SuspectedOffence['offenceClass'];
export type ArrestingUnitType = ArrestMadeData['arrestingUnit']['type'];
/** What happened around the arrest that matters to a child who saw it. */
export type ArrestCircumstances = ArrestMadeData['circumstances'];
export type ArrestMade = DomainEvent<'ArrestMade', ArrestMadeData>;

/**
 * She was asked whether she is pregnant or has dependent children. She may decline, and without
 * her consent only the number of children is kept (`children` is then empty).
 */
export type DependantsScreeningRecordedData = DependantsScreeningRecordedDataV2;
export type DependantsAnswer = DependantsScreeningRecordedData['answer'];
export type PregnancyAnswer = DependantsScreeningRecordedData['pregnancy'];
/** One child as the police recorded her. Every detail may be missing; `detailsWithheld` says why a name or sex is. */
export type ChildRecord = DependantsScreeningRecordedData['children'][number];
/**
 * Where the child is. `with-other-adult`: an adult who is neither a relative nor a neighbour (a
 * family friend, an employer); `not-recorded`: nobody wrote down where the child is, a gap in the
 * record, not a finding that nobody knows.
 */
export type ChildWhereabouts = ChildRecord['whereabouts'];
/**
 * Why a child's name or sex is missing from the record: she declined to give it, nobody asked,
 * or she does not know (a child living with a former partner, say). Null when both were recorded.
 */
export type DetailsWithheld = NonNullable<ChildRecord['detailsWithheld']>;
export type Caregiver = NonNullable<ChildRecord['caregiver']>;
export type CaregiverRelation = Caregiver['relation'];
export type DependantsScreeningRecorded = DomainEvent<'DependantsScreeningRecorded', DependantsScreeningRecordedData>;

/** Who will look after a child while the parent is held: the arrangement the report found missing. */
export type CareArrangementMadeData = CareArrangementMadeDataV1;
export type CareArrangementMade = DomainEvent<'CareArrangementMade', CareArrangementMadeData>;

/** She could reach her children or their caregiver. */
export type FamilyContactGivenData = FamilyContactGivenDataV1;
export type ContactMethod = FamilyContactGivenData['method'];
export type FamilyContactGiven = DomainEvent<'FamilyContactGiven', FamilyContactGivenData>;

/** A child was told what is happening and where the parent is taken. */
export type ChildGivenExplanationData = ChildGivenExplanationDataV1;
export type ChildGivenExplanation = DomainEvent<'ChildGivenExplanation', ChildGivenExplanationData>;

export type TakenIntoPoliceCustodyData = TakenIntoPoliceCustodyDataV1;
export type TakenIntoPoliceCustody = DomainEvent<'TakenIntoPoliceCustody', TakenIntoPoliceCustodyData>;

export type BroughtBeforeJudicialAuthorityData = BroughtBeforeJudicialAuthorityDataV1;
export type JudicialAuthority = BroughtBeforeJudicialAuthorityData['authority'];
export type BroughtBeforeJudicialAuthority = DomainEvent<'BroughtBeforeJudicialAuthority', BroughtBeforeJudicialAuthorityData>;

/** Police custody beyond 48 h needs a recorded authorisation (Cambodian CCP art. 96). */
export type PoliceCustodyExtendedData = PoliceCustodyExtendedDataV1;
export type PoliceCustodyExtended = DomainEvent<'PoliceCustodyExtended', PoliceCustodyExtendedData>;

export type ReleasedWithoutChargeData = ReleasedWithoutChargeDataV1;
export type ReleasedWithoutCharge = DomainEvent<'ReleasedWithoutCharge', ReleasedWithoutChargeData>;

export type ReleasedOnPoliceBailData = ReleasedOnPoliceBailDataV1;
export type ReleasedOnPoliceBail = DomainEvent<'ReleasedOnPoliceBail', ReleasedOnPoliceBailData>;

/**
 * Police custody ended because a judge or prosecutor ordered her release: under judicial
 * supervision, on bail, provisionally, or with no further action. It ends police custody as a
 * release by the police does (rule 25), but the decision was not the police's.
 */
export type ReleasedOnJudicialOrderData = ReleasedOnJudicialOrderDataV1;
export type JudicialReleaseOrder = ReleasedOnJudicialOrderData['orderKind'];
export type ReleasedOnJudicialOrder = DomainEvent<'ReleasedOnJudicialOrder', ReleasedOnJudicialOrderData>;

/**
 * The police offered a foreign national contact with her consulate, made that contact for her, or
 * she declined it (Vienna Convention on Consular Relations art. 36(1)(b); rule 24).
 */
export type ConsularContactOfferedData = ConsularContactOfferedDataV1;
export type ConsularContactOutcome = ConsularContactOfferedData['outcome'];
export type ConsularContactOffered = DomainEvent<'ConsularContactOffered', ConsularContactOfferedData>;

export type CaseFileHandedToProsecutorData = CaseFileHandedToProsecutorDataV1;
export type CaseFileHandedToProsecutor = DomainEvent<'CaseFileHandedToProsecutor', CaseFileHandedToProsecutorData>;

export type TransferredToPrisonData = TransferredToPrisonDataV1;
export type TransferredToPrison = DomainEvent<'TransferredToPrison', TransferredToPrisonData>;

/** The ArrestMade fields police may correct; anything else is a new fact, not a correction. */
export const CorrectableArrestFields = ArrestRecordCorrectedEnumsV2.field;
export type CorrectableArrestField = (typeof CorrectableArrestFields)[number];

/** A recorded fact was wrong. The original stays in the history; this says what it should have said and why. */
export type ArrestRecordCorrectedData = ArrestRecordCorrectedDataV2;
export type ArrestRecordCorrected = DomainEvent<'ArrestRecordCorrected', ArrestRecordCorrectedData>;

export type ArrestEvent =
  | ArrestMade
  | DependantsScreeningRecorded
  | CareArrangementMade
  | FamilyContactGiven
  | ChildGivenExplanation
  | TakenIntoPoliceCustody
  | BroughtBeforeJudicialAuthority
  | PoliceCustodyExtended
  | ReleasedWithoutCharge
  | ReleasedOnPoliceBail
  | ReleasedOnJudicialOrder
  | ConsularContactOffered
  | CaseFileHandedToProsecutor
  | TransferredToPrison
  | ArrestRecordCorrected;

/*
 * Superseded versions, kept for the upcasters in `../upcasting/` (stored logs and retained
 * topics still hold them). Nothing else should read them: every reader gets the current version.
 */

export type ChildRecordV1 = DependantsScreeningRecordedDataV1['children'][number];
/** `ChildWhereabouts` before v2 of `DependantsScreeningRecorded`. */
export type ChildWhereaboutsV1 = ChildRecordV1['whereabouts'];

export type { DependantsScreeningRecordedDataV1 };

/** v1's `correctedAt` was always stamped by the arrest service when it received the correction. */
export type { ArrestRecordCorrectedDataV1 };
