/**
 * The public facts of the arrest service (topic `justice.arrest.events.v1`), each at the schema
 * version the catalogue names (`EventCatalogue`). Their JSON Schemas are in `contracts/events/`;
 * `contracts.unit.spec.ts` keeps the two in step. Superseded versions, read only by the
 * upcasters, are at the end of the file.
 */
import type { ScheduledAtSource } from '../time-source';
import type { DomainEvent } from '../envelope';

export type Sex = 'female' | 'male' | 'other';
export type OffenceClass = 'felony' | 'misdemeanour' | 'petty-offence';
export type ArrestingUnitType = 'police' | 'military-police' | 'other';

export interface PersonDetails {
  readonly personId: string;
  readonly name: string;
  readonly sex: Sex;
  readonly dateOfBirth: string | null;
  readonly estimatedAgeYears: number | null;
  readonly nationality: string;
  readonly homeAddress: string | null;
  readonly homeProvince: string;
  readonly nationalId: string | null;
}

export interface SuspectedOffence {
  readonly name: string;
  readonly offenceClass: OffenceClass;
  readonly maximumPenaltyMonths: number;
  readonly violent: boolean;
  readonly drugRelated: boolean;
}

/** What happened around the arrest that matters to a child who saw it. */
export interface ArrestCircumstances {
  readonly childrenPresent: number;
  readonly afterDark: boolean;
  readonly restraintsOrSirensInFrontOfChildren: boolean;
  readonly searchWithChildPresent: boolean;
}

export interface ArrestMadeData {
  readonly arrestId: string;
  readonly person: PersonDetails;
  readonly arrestedAt: string;
  readonly place: string;
  readonly province: string;
  readonly arrestingUnit: { readonly type: ArrestingUnitType; readonly unitId: string };
  readonly suspectedOffence: SuspectedOffence;
  readonly circumstances: ArrestCircumstances;
}
export type ArrestMade = DomainEvent<'ArrestMade', ArrestMadeData>;

export type DependantsAnswer = 'has-dependants' | 'no-dependants' | 'declined-to-say';
export type PregnancyAnswer = 'pregnant' | 'not-pregnant' | 'declined-to-say' | 'not-applicable';
export type CaregiverRelation =
  | 'father'
  | 'mother'
  | 'grandparent'
  | 'other-relative'
  | 'neighbour'
  | 'ngo'
  | 'older-sibling'
  | 'nobody';
export type ChildWhereabouts =
  | 'at-home-with-caregiver'
  | 'with-relative'
  | 'with-neighbour'
  | 'with-ngo'
  | 'alone'
  | 'with-other-children-only'
  | 'with-parent-in-custody'
  /** With an adult who is neither a relative nor a neighbour (a family friend, an employer). */
  | 'with-other-adult'
  | 'at-school'
  /** Nobody wrote down where the child is: a gap in the record, not a finding that nobody knows. */
  | 'not-recorded'
  | 'unknown';

/**
 * Why a child's name or sex is missing from the record: she declined to give it, nobody asked,
 * or she does not know (a child living with a former partner, say). Null when both were recorded.
 */
export type DetailsWithheld = 'parent-declined' | 'not-asked' | 'not-known';

export interface Caregiver {
  readonly name: string | null;
  readonly relation: CaregiverRelation;
  readonly ageYears: number | null;
  readonly contact: string | null;
}

/** One child as the police recorded her. Every detail may be missing; `detailsWithheld` says why a name or sex is. */
export interface ChildRecord {
  readonly childId: string;
  readonly name: string | null;
  readonly sex: Sex | null;
  /** Non-null exactly when `name` or `sex` is null. */
  readonly detailsWithheld: DetailsWithheld | null;
  readonly dateOfBirth: string | null;
  /** When only the year of birth is known ("born in 2019"). */
  readonly birthYear: number | null;
  readonly ageYears: number | null;
  readonly whereabouts: ChildWhereabouts;
  readonly caregiver: Caregiver | null;
}

/**
 * She was asked whether she is pregnant or has dependent children. She may decline, and without
 * her consent only the number of children is kept (`children` is then empty).
 */
export interface DependantsScreeningRecordedData {
  readonly arrestId: string;
  readonly personId: string;
  readonly askedAt: string;
  readonly askedBy: string;
  readonly answer: DependantsAnswer;
  readonly pregnancy: PregnancyAnswer;
  readonly numberOfChildren: number | null;
  readonly consentToRecordChildDetails: boolean;
  readonly children: readonly ChildRecord[];
}
export type DependantsScreeningRecorded = DomainEvent<
  'DependantsScreeningRecorded',
  DependantsScreeningRecordedData
>;

/** Who will look after a child while the parent is held: the arrangement the report found missing. */
export interface CareArrangementMadeData {
  readonly arrestId: string;
  readonly personId: string;
  readonly childId: string;
  readonly arrangedAt: string;
  readonly caregiver: Caregiver;
  /** Made before she was taken into custody, as the report recommends. */
  readonly madeBeforeCustody: boolean;
  /** She chose the caregiver herself. */
  readonly chosenByParent: boolean;
}
export type CareArrangementMade = DomainEvent<'CareArrangementMade', CareArrangementMadeData>;

export type ContactMethod = 'phone' | 'in-person' | 'message' | 'other';

/** She could reach her children or their caregiver. */
export interface FamilyContactGivenData {
  readonly arrestId: string;
  readonly personId: string;
  readonly contactedAt: string;
  readonly method: ContactMethod;
  readonly contactedName: string | null;
  readonly contactedRelation: CaregiverRelation | 'child';
  /** The children the contact was about; empty when not known. */
  readonly childIds: readonly string[];
}
export type FamilyContactGiven = DomainEvent<'FamilyContactGiven', FamilyContactGivenData>;

/** A child was told what is happening and where the parent is taken. */
export interface ChildGivenExplanationData {
  readonly arrestId: string;
  readonly personId: string;
  readonly childId: string;
  readonly explainedAt: string;
  readonly explainedBy: string;
}
export type ChildGivenExplanation = DomainEvent<'ChildGivenExplanation', ChildGivenExplanationData>;

export interface TakenIntoPoliceCustodyData {
  readonly arrestId: string;
  readonly personId: string;
  readonly custodyAt: string;
  readonly facility: string;
}
export type TakenIntoPoliceCustody = DomainEvent<'TakenIntoPoliceCustody', TakenIntoPoliceCustodyData>;

export type JudicialAuthority = 'prosecutor' | 'investigating-judge' | 'trial-judge';

export interface BroughtBeforeJudicialAuthorityData {
  readonly arrestId: string;
  readonly personId: string;
  readonly broughtAt: string;
  readonly authority: JudicialAuthority;
  readonly authorityName: string | null;
}
export type BroughtBeforeJudicialAuthority = DomainEvent<'BroughtBeforeJudicialAuthority', BroughtBeforeJudicialAuthorityData>;

/** Police custody beyond 48 h needs a recorded authorisation (Cambodian CCP art. 96). */
export interface PoliceCustodyExtendedData {
  readonly arrestId: string;
  readonly personId: string;
  readonly authorisedAt: string;
  readonly authorisedBy: string;
  readonly until: string;
}
export type PoliceCustodyExtended = DomainEvent<'PoliceCustodyExtended', PoliceCustodyExtendedData>;

export interface ReleasedWithoutChargeData {
  readonly arrestId: string;
  readonly personId: string;
  readonly releasedAt: string;
  readonly reason: string;
}
export type ReleasedWithoutCharge = DomainEvent<'ReleasedWithoutCharge', ReleasedWithoutChargeData>;

export interface ReleasedOnPoliceBailData {
  readonly arrestId: string;
  readonly personId: string;
  readonly releasedAt: string;
  readonly conditions: string;
}
export type ReleasedOnPoliceBail = DomainEvent<'ReleasedOnPoliceBail', ReleasedOnPoliceBailData>;

export type JudicialReleaseOrder = 'judicial-supervision' | 'bail' | 'provisional-release' | 'no-further-action';

/**
 * Police custody ended because a judge or prosecutor ordered her release: under judicial
 * supervision, on bail, provisionally, or with no further action. It ends police custody as a
 * release by the police does (rule 25), but the decision was not the police's.
 */
export interface ReleasedOnJudicialOrderData {
  readonly arrestId: string;
  readonly personId: string;
  readonly releasedAt: string;
  readonly orderKind: JudicialReleaseOrder;
  /** The judge or prosecutor who ordered it, as the order names them. */
  readonly orderedBy: string;
  readonly orderReference: string | null;
}
export type ReleasedOnJudicialOrder = DomainEvent<'ReleasedOnJudicialOrder', ReleasedOnJudicialOrderData>;

export type ConsularContactOutcome = 'offered' | 'made' | 'declined';

/**
 * The police offered a foreign national contact with her consulate, made that contact for her, or
 * she declined it (Vienna Convention on Consular Relations art. 36(1)(b); rule 24).
 */
export interface ConsularContactOfferedData {
  readonly arrestId: string;
  readonly personId: string;
  readonly offeredAt: string;
  readonly outcome: ConsularContactOutcome;
  readonly consulate: string;
}
export type ConsularContactOffered = DomainEvent<'ConsularContactOffered', ConsularContactOfferedData>;

export interface CaseFileHandedToProsecutorData {
  readonly arrestId: string;
  readonly personId: string;
  readonly handedAt: string;
  /** The court's case reference, when the court has given one: how the court service finds this arrest. */
  readonly courtCaseReference: string | null;
}
export type CaseFileHandedToProsecutor = DomainEvent<'CaseFileHandedToProsecutor', CaseFileHandedToProsecutorData>;

export interface TransferredToPrisonData {
  readonly arrestId: string;
  readonly personId: string;
  readonly transferredAt: string;
  readonly prisonFacility: string;
  /** The pre-trial detention order the transfer rests on. */
  readonly detentionOrderReference: string;
}
export type TransferredToPrison = DomainEvent<'TransferredToPrison', TransferredToPrisonData>;

/** The ArrestMade fields police may correct; anything else is a new fact, not a correction. */
export const CorrectableArrestFields = [
  'person.name',
  'person.sex',
  'person.dateOfBirth',
  'person.estimatedAgeYears',
  'person.nationality',
  'person.homeAddress',
  'person.homeProvince',
  'person.nationalId',
  'place',
  'province',
  'suspectedOffence.name',
  'suspectedOffence.offenceClass',
  'suspectedOffence.maximumPenaltyMonths',
  'suspectedOffence.violent',
  'suspectedOffence.drugRelated',
] as const;
export type CorrectableArrestField = (typeof CorrectableArrestFields)[number];

/** A recorded fact was wrong. The original stays in the history; this says what it should have said and why. */
export interface ArrestRecordCorrectedData {
  readonly arrestId: string;
  readonly personId: string;
  /** When the police corrected the record, as they state it (see `correctedAtSource`). */
  readonly correctedAt: string;
  readonly correctedAtSource: ScheduledAtSource;
  readonly field: CorrectableArrestField;
  readonly previousValue: string | number | boolean | null;
  readonly correctedValue: string | number | boolean | null;
  readonly reason: string;
}
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

/** `ChildWhereabouts` before v2 of `DependantsScreeningRecorded`. */
export type ChildWhereaboutsV1 = Exclude<ChildWhereabouts, 'with-other-adult' | 'at-school' | 'not-recorded'>;

export interface ChildRecordV1 {
  readonly childId: string;
  readonly name: string;
  readonly sex: Sex;
  readonly dateOfBirth: string | null;
  readonly ageYears: number | null;
  readonly whereabouts: ChildWhereaboutsV1;
  readonly caregiver: Caregiver | null;
}

export interface DependantsScreeningRecordedDataV1 extends Omit<DependantsScreeningRecordedData, 'children'> {
  readonly children: readonly ChildRecordV1[];
}

/** v1's `correctedAt` was always stamped by the arrest service when it received the correction. */
export type ArrestRecordCorrectedDataV1 = Omit<ArrestRecordCorrectedData, 'correctedAtSource'>;
