import { randomUUID } from 'node:crypto';
import type { ArrestMade, ArrestMadeData, DependantsScreeningRecorded, DependantsScreeningRecordedData } from '../arrest/arrest-events';

/** Realistic, schema-valid arrest facts for tests; names are invented. */
export function anArrestMade(overrides: Partial<ArrestMadeData> = {}): ArrestMade {
  return {
    type: 'ArrestMade',
    data: {
      arrestId: randomUUID(),
      person: {
        personId: `person-${randomUUID()}`,
        name: 'Sok Channary',
        sex: 'female',
        dateOfBirth: '1990-04-12',
        estimatedAgeYears: null,
        nationality: 'KH',
        homeAddress: 'Village 3, Sangkat Chbar Ampov',
        homeProvince: 'Phnom Penh',
        nationalId: null,
      },
      arrestedAt: '2026-03-01T20:30:00.000Z',
      place: 'Home, Chbar Ampov',
      province: 'Phnom Penh',
      arrestingUnit: { type: 'police', unitId: 'PP-ANTI-DRUG' },
      suspectedOffence: { name: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false, drugRelated: true },
      circumstances: { childrenPresent: 2, afterDark: true, restraintsOrSirensInFrontOfChildren: true, searchWithChildPresent: false },
      ...overrides,
    },
  };
}

export function aDependantsScreening(arrest: ArrestMadeData, overrides: Partial<DependantsScreeningRecordedData> = {}): DependantsScreeningRecorded {
  return {
    type: 'DependantsScreeningRecorded',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      askedAt: new Date(Date.parse(arrest.arrestedAt) + 60 * 60_000).toISOString(),
      askedBy: 'officer-17',
      answer: 'has-dependants',
      pregnancy: 'not-pregnant',
      numberOfChildren: 1,
      consentToRecordChildDetails: true,
      children: [
        {
          childId: randomUUID(),
          name: 'Dara',
          sex: 'male',
          dateOfBirth: '2019-06-02',
          ageYears: null,
          whereabouts: 'with-relative',
          caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: '+855 12 345 678' },
        },
      ],
      ...overrides,
    },
  };
}
