import type { LegalStage, LocationType } from './family-journey';

/** The stages and places a journey names, as lists for validation and documentation. */
export const LEGAL_STAGES = [
  'arrested',
  'in-police-custody',
  'released-without-charge',
  'released-on-police-bail',
  'charged',
  'pre-trial-detention',
  'judicial-supervision',
  'released-pending-trial',
  'on-trial',
  'acquitted',
  'sentenced-custodial',
  'sentenced-suspended',
  'sentenced-non-custodial',
  'imprisoned',
  'appeal-pending',
  'pardoned',
  'released',
] as const satisfies readonly LegalStage[];

export const LOCATION_TYPES = [
  'at-home-with-other-parent',
  'with-relative',
  'with-neighbour',
  'with-ngo',
  'with-other-adult',
  'at-school',
  'state-care',
  'alone',
  'with-other-children-only',
  'with-parent-in-police-custody',
  'with-parent',
  'in-prison-with-parent',
  'other',
  'unknown',
  'not-recorded',
] as const satisfies readonly LocationType[];
