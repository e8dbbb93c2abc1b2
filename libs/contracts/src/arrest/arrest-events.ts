/**
 * The public facts of the arrest service (topic `justice.arrest.events.v1`), schema version 1.
 * Their JSON Schemas are in `contracts/events/`; `contracts.unit.spec.ts` keeps the two in step.
 */
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
  | 'unknown';

export interface Caregiver {
  readonly name: string | null;
  readonly relation: CaregiverRelation;
  readonly ageYears: number | null;
  readonly contact: string | null;
}

export interface ChildRecord {
  readonly childId: string;
  readonly name: string;
  readonly sex: Sex;
  readonly dateOfBirth: string | null;
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

export type ArrestEvent = ArrestMade | DependantsScreeningRecorded;
