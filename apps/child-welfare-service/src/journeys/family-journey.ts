import type { Money } from '@safeguard/contracts';
import type { RecordingAgency } from '../person-file/person-file';

/**
 * What an oversight monitor reads about a family: the parent's legal path and, for every
 * dependent child, one journey across the police, the court and the prison. Derived from a
 * person's file by `projectFamilyJourney`, a pure function, so the same facts in any order give
 * the same journey.
 */
export interface FamilyJourney {
  readonly parent: ParentJourney;
  readonly children: readonly ChildJourney[];
  /** Records that could not be matched with confidence or contradict an earlier one. */
  readonly reviewFlags: readonly ReviewFlag[];
}

/** The zone and locale a journey's lines are worded in: the policy's, so integrators can read the text's times against the ISO ones. */
export interface Jurisdiction {
  readonly timeZone: string;
  readonly locale: string;
}

/** The parent's legal stage, as the child experiences it. */
export type LegalStage =
  | 'arrested'
  | 'in-police-custody'
  | 'released-without-charge'
  | 'released-on-police-bail'
  | 'charged'
  | 'pre-trial-detention'
  | 'judicial-supervision'
  | 'released-pending-trial'
  | 'on-trial'
  | 'acquitted'
  | 'sentenced-custodial'
  | 'sentenced-suspended'
  | 'sentenced-non-custodial'
  | 'imprisoned'
  | 'appeal-pending'
  | 'pardoned'
  | 'released';

/** Where a fact came from: the agency and the event, so a monitor can ask the right office. */
export interface Source {
  readonly agency: RecordingAgency;
  readonly eventId: string;
  readonly eventType: string;
}

export interface StageStep {
  readonly stage: LegalStage;
  /** Event time of the step. */
  readonly since: string;
  readonly source: Source;
}

export type LocationType =
  | 'at-home-with-other-parent'
  | 'with-relative'
  | 'with-neighbour'
  | 'with-ngo'
  /** With an adult who is not a relative, a neighbour or an NGO (a family friend, an employer). */
  | 'with-other-adult'
  /** At school when recorded: somewhere known, with adults, but not a care arrangement. */
  | 'at-school'
  | 'state-care'
  | 'alone'
  | 'with-other-children-only'
  | 'in-prison-with-parent'
  /** Held with her at the police station (screening whereabouts 'with-parent-in-custody'): not a prison, not safe care either. */
  | 'with-parent-in-police-custody'
  /** With the parent, once she left police custody free (released without charge or on bail). */
  | 'with-parent'
  | 'other'
  /** Nobody knows where the child is: a finding, not a gap in the record. */
  | 'unknown'
  /** The agency did not record where the child is: a gap in the record, not a finding. */
  | 'not-recorded';

export interface LocationStep {
  readonly type: LocationType;
  readonly caregiverName: string | null;
  readonly caregiverRelation: string | null;
  /** The caregiver's age when recorded: a caregiver under 18 is not safe care. */
  readonly caregiverAgeYears: number | null;
  readonly since: string;
  readonly source: Source;
}

export interface ContactEntry {
  readonly kind: 'visit' | 'call' | 'family-contact-at-arrest';
  readonly at: string;
  /** A visit's setting (contact visit, behind a screen...), when it was a visit. */
  readonly setting: string | null;
  readonly fee: Money | null;
  readonly source: Source;
}

export interface ContactSummary {
  readonly visits: number;
  readonly calls: number;
  readonly visitsCharged: number;
  readonly lastContactAt: string | null;
  readonly entries: readonly ContactEntry[];
}

/** A date the family is owed: a hearing, a transfer, a medical event, a release. */
export interface KeyDate {
  readonly kind: 'hearing' | 'transfer' | 'medical' | 'release';
  /** When it happens (or happened). */
  readonly at: string;
  readonly detail: string;
  readonly familyTold: boolean;
  readonly toldAt: string | null;
  readonly source: Source;
}

/** One line of a child's or parent's timeline, in plain words, with its source and both times. */
export interface TimelineEntry {
  /** ISO instants, for integrators: the summary says times in words, in the journey's zone. */
  readonly at: string;
  readonly receivedAt: string;
  /** Words a person reads: no codes, event types or ISO times (those are in `source` and `at`). */
  readonly summary: string;
  readonly source: Source;
}

export type ReviewFlagKind = 'unmatched-child' | 'conflicting-birth-year' | 'conflicting-caregiver' | 'children-count-differs';

export interface ReviewFlag {
  readonly kind: ReviewFlagKind;
  /** The child the flag is about, when it is about one. */
  readonly childKey: string | null;
  readonly message: string;
  readonly eventIds: readonly string[];
}

export interface ChildJourney extends Jurisdiction {
  /** Stable within the family: the first reference any agency gave this child, in event order. */
  readonly childKey: string;
  readonly personId: string;
  /** Every agency reference matched to this child. */
  readonly childIds: readonly string[];
  readonly name: string | null;
  readonly sex: string | null;
  readonly dateOfBirth: string | null;
  /** Age in years as last recorded, or computed from the date of birth at the last fact. */
  readonly ageYears: number | null;
  /** Whole months at the last fact, when the date of birth is known: what a baby's age is said in. */
  readonly ageMonths: number | null;
  /** The age in words: "5 months" under two years when the date of birth is known, else "4 years". */
  readonly age: string | null;
  readonly recordedBy: readonly RecordingAgency[];
  /** The parent's stage as this child lives it, and its history. */
  readonly stage: LegalStage | null;
  readonly stageHistory: readonly StageStep[];
  readonly location: LocationStep | null;
  readonly locationHistory: readonly LocationStep[];
  /** The prison the parent is held in now, if any. */
  readonly facilityId: string | null;
  readonly province: string | null;
  readonly contact: ContactSummary;
  readonly keyDates: readonly KeyDate[];
  readonly timeline: readonly TimelineEntry[];
  readonly reviewFlags: readonly ReviewFlag[];
}

export interface ParentJourney extends Jurisdiction {
  readonly personId: string;
  readonly name: string | null;
  readonly sex: string | null;
  readonly nationality: string | null;
  readonly province: string | null;
  readonly stage: LegalStage | null;
  readonly stageHistory: readonly StageStep[];
  readonly facilityId: string | null;
  readonly arrestIds: readonly string[];
  readonly caseIds: readonly string[];
  readonly custodyIds: readonly string[];
  readonly pregnant: boolean;
  readonly hasLawyer: boolean | null;
  /** The most children any agency was told she has (the count survives when details were declined). */
  readonly declaredChildren: number | null;
  readonly childKeys: readonly string[];
  readonly keyDates: readonly KeyDate[];
  readonly timeline: readonly TimelineEntry[];
}
