import { randomUUID } from 'node:crypto';
import type {
  ArrestMade,
  ArrestMadeData,
  ArrestRecordCorrected,
  ArrestRecordCorrectedData,
  BroughtBeforeJudicialAuthority,
  BroughtBeforeJudicialAuthorityData,
  CareArrangementMade,
  CareArrangementMadeData,
  CaseFileHandedToProsecutor,
  CaseFileHandedToProsecutorData,
  ChildGivenExplanation,
  ChildGivenExplanationData,
  ConsularContactOffered,
  ConsularContactOfferedData,
  DependantsScreeningRecorded,
  DependantsScreeningRecordedData,
  FamilyContactGiven,
  FamilyContactGivenData,
  PoliceCustodyExtended,
  PoliceCustodyExtendedData,
  ReleasedOnJudicialOrder,
  ReleasedOnJudicialOrderData,
  ReleasedOnPoliceBail,
  ReleasedOnPoliceBailData,
  ReleasedWithoutCharge,
  ReleasedWithoutChargeData,
  TakenIntoPoliceCustody,
  TakenIntoPoliceCustodyData,
  TransferredToPrison,
  TransferredToPrisonData,
} from '../arrest/arrest-events';

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
          detailsWithheld: null,
          dateOfBirth: '2019-06-02',
          birthYear: null,
          ageYears: null,
          whereabouts: 'with-relative',
          caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: '+855 12 345 678' },
        },
      ],
      ...overrides,
    },
  };
}

/** The instant `minutes` after the arrest, as an ISO date-time. */
function afterArrest(arrest: ArrestMadeData, minutes: number): string {
  return new Date(Date.parse(arrest.arrestedAt) + minutes * 60_000).toISOString();
}

/** Her mother takes the child in, arranged before custody and chosen by her. */
export function aCareArrangementMade(arrest: ArrestMadeData, childId: string, overrides: Partial<CareArrangementMadeData> = {}): CareArrangementMade {
  return {
    type: 'CareArrangementMade',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      childId,
      arrangedAt: afterArrest(arrest, 90),
      caregiver: { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: '+855 12 345 678' },
      madeBeforeCustody: true,
      chosenByParent: true,
      ...overrides,
    },
  };
}

export function aFamilyContactGiven(
  arrest: ArrestMadeData,
  childIds: readonly string[] = [],
  overrides: Partial<FamilyContactGivenData> = {},
): FamilyContactGiven {
  return {
    type: 'FamilyContactGiven',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      contactedAt: afterArrest(arrest, 240),
      method: 'phone',
      contactedName: 'Sok Mealea',
      contactedRelation: 'grandparent',
      childIds,
      ...overrides,
    },
  };
}

export function aChildGivenExplanation(
  arrest: ArrestMadeData,
  childId: string,
  overrides: Partial<ChildGivenExplanationData> = {},
): ChildGivenExplanation {
  return {
    type: 'ChildGivenExplanation',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      childId,
      explainedAt: afterArrest(arrest, 45),
      explainedBy: 'officer-17',
      ...overrides,
    },
  };
}

export function takenIntoPoliceCustody(arrest: ArrestMadeData, overrides: Partial<TakenIntoPoliceCustodyData> = {}): TakenIntoPoliceCustody {
  return {
    type: 'TakenIntoPoliceCustody',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      custodyAt: afterArrest(arrest, 180),
      facility: 'Chbar Ampov District Police Station',
      ...overrides,
    },
  };
}

export function broughtBeforeJudicialAuthority(
  arrest: ArrestMadeData,
  overrides: Partial<BroughtBeforeJudicialAuthorityData> = {},
): BroughtBeforeJudicialAuthority {
  return {
    type: 'BroughtBeforeJudicialAuthority',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      broughtAt: afterArrest(arrest, 46 * 60),
      authority: 'prosecutor',
      authorityName: 'Deputy Prosecutor Keo Vanna, Phnom Penh Court of First Instance',
      ...overrides,
    },
  };
}

/** Authorised just before the first 48 h run out, for another 24 h. */
export function policeCustodyExtended(arrest: ArrestMadeData, overrides: Partial<PoliceCustodyExtendedData> = {}): PoliceCustodyExtended {
  return {
    type: 'PoliceCustodyExtended',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      authorisedAt: afterArrest(arrest, 47 * 60),
      authorisedBy: 'Deputy Prosecutor Keo Vanna',
      until: afterArrest(arrest, 72 * 60),
      ...overrides,
    },
  };
}

export function releasedWithoutCharge(arrest: ArrestMadeData, overrides: Partial<ReleasedWithoutChargeData> = {}): ReleasedWithoutCharge {
  return {
    type: 'ReleasedWithoutCharge',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      releasedAt: afterArrest(arrest, 20 * 60),
      reason: 'The substance seized tested negative for narcotics.',
      ...overrides,
    },
  };
}

export function releasedOnPoliceBail(arrest: ArrestMadeData, overrides: Partial<ReleasedOnPoliceBailData> = {}): ReleasedOnPoliceBail {
  return {
    type: 'ReleasedOnPoliceBail',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      releasedAt: afterArrest(arrest, 20 * 60),
      conditions: 'Report to Chbar Ampov District Police Station every Monday; do not leave Phnom Penh without permission.',
      ...overrides,
    },
  };
}

/** Brought before the investigating judge the next day, she was released under judicial supervision. */
export function releasedOnJudicialOrder(arrest: ArrestMadeData, overrides: Partial<ReleasedOnJudicialOrderData> = {}): ReleasedOnJudicialOrder {
  return {
    type: 'ReleasedOnJudicialOrder',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      releasedAt: afterArrest(arrest, 30 * 60),
      orderKind: 'judicial-supervision',
      orderedBy: 'Investigating Judge Ouk Sokha',
      orderReference: 'PPCFI-JS-2026-0417',
      ...overrides,
    },
  };
}

/** A Vietnamese national: the police offered to call her embassy within hours of the arrest. */
export function aConsularContactOffered(arrest: ArrestMadeData, overrides: Partial<ConsularContactOfferedData> = {}): ConsularContactOffered {
  return {
    type: 'ConsularContactOffered',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      offeredAt: afterArrest(arrest, 3 * 60),
      outcome: 'offered',
      consulate: 'Embassy of Viet Nam, Phnom Penh',
      ...overrides,
    },
  };
}

export function caseFileHandedToProsecutor(
  arrest: ArrestMadeData,
  overrides: Partial<CaseFileHandedToProsecutorData> = {},
): CaseFileHandedToProsecutor {
  return {
    type: 'CaseFileHandedToProsecutor',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      handedAt: afterArrest(arrest, 45 * 60),
      courtCaseReference: 'PPCFI-2026-01183',
      ...overrides,
    },
  };
}

export function transferredToPrison(arrest: ArrestMadeData, overrides: Partial<TransferredToPrisonData> = {}): TransferredToPrison {
  return {
    type: 'TransferredToPrison',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      transferredAt: afterArrest(arrest, 52 * 60),
      prisonFacility: 'CC2',
      detentionOrderReference: 'PPCFI-DO-2026-0457',
      ...overrides,
    },
  };
}

/** Her date of birth was misread from the family book. */
export function anArrestRecordCorrected(arrest: ArrestMadeData, overrides: Partial<ArrestRecordCorrectedData> = {}): ArrestRecordCorrected {
  return {
    type: 'ArrestRecordCorrected',
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      correctedAt: afterArrest(arrest, 300),
      correctedAtSource: 'time-of-receipt',
      field: 'person.dateOfBirth',
      previousValue: arrest.person.dateOfBirth,
      correctedValue: '1990-04-21',
      reason: 'Date of birth misread from the family book; checked against her national ID card.',
      ...overrides,
    },
  };
}
