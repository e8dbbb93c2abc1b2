/** Request bodies the arrest service's HTTP tests send. */

/** Sok Channary, arrested at home after dark with her son there. */
export const anArrestBody = () => ({
  person: {
    personId: 'person-KH-0012',
    name: 'Sok Channary',
    sex: 'female',
    dateOfBirth: '1990-04-12',
    nationality: 'KH',
    homeProvince: 'Phnom Penh',
  },
  arrestedAt: '2026-03-01T20:30:00Z',
  place: 'Home, Chbar Ampov',
  province: 'Phnom Penh',
  arrestingUnitType: 'police',
  suspectedOffence: { name: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false, drugRelated: true },
  circumstances: { childrenPresent: 1, afterDark: true, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
});

/** A screening at `askedAt`: she has two children and would not have their details recorded. */
export const aScreeningWithoutChildDetails = (askedAt: Date) => ({
  askedAt: askedAt.toISOString(),
  askedBy: 'officer-17',
  answer: 'has-dependants',
  pregnancy: 'not-pregnant',
  numberOfChildren: 2,
  consentToRecordChildDetails: false,
  children: [],
});

/** Her answer to the dependants screening: one child, Dara, with his grandmother unless told otherwise. */
export const aScreeningBody = (
  child: Record<string, unknown> = {
    name: 'Dara',
    sex: 'male',
    dateOfBirth: '2019-06-02',
    whereabouts: 'with-relative',
    caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61 },
  },
) => ({
  askedAt: '2026-03-01T21:10:00Z',
  askedBy: 'officer-17',
  answer: 'has-dependants',
  pregnancy: 'not-pregnant',
  numberOfChildren: 1,
  consentToRecordChildDetails: true,
  children: [child],
});
