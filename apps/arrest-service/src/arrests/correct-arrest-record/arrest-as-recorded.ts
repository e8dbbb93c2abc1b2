import type { ArrestEvent, ArrestMadeData, ArrestRecordCorrectedData, CorrectableArrestField } from '@safeguard/contracts';

export type FieldValue = ArrestRecordCorrectedData['correctedValue'];
export type CorrectableValues = { readonly [F in CorrectableArrestField]: FieldValue };

/**
 * What a correction needs and the police decider state does not keep: the current value of each
 * correctable field, the ArrestMade facts with every correction since applied (as the record
 * in get-arrest/arrest-record.view.ts shows them).
 */
export type ArrestAsRecorded = NotRecorded | Recorded;

export interface NotRecorded {
  readonly status: 'not-recorded';
}

export interface Recorded {
  readonly status: 'recorded';
  readonly arrestId: string;
  readonly personId: string;
  readonly arrestedAt: string;
  readonly values: CorrectableValues;
}

export const initialArrestAsRecorded: ArrestAsRecorded = { status: 'not-recorded' };

export function evolveArrestAsRecorded(state: ArrestAsRecorded, event: ArrestEvent): ArrestAsRecorded {
  switch (event.type) {
    case 'ArrestMade': {
      const { arrestId, person, arrestedAt } = event.data;
      return { status: 'recorded', arrestId, personId: person.personId, arrestedAt, values: correctableValues(event.data) };
    }
    case 'ArrestRecordCorrected':
      if (state.status === 'not-recorded') return state;
      return { ...state, values: { ...state.values, [event.data.field]: event.data.correctedValue } };
    case 'DependantsScreeningRecorded':
    case 'CareArrangementMade':
    case 'FamilyContactGiven':
    case 'ChildGivenExplanation':
    case 'TakenIntoPoliceCustody':
    case 'BroughtBeforeJudicialAuthority':
    case 'PoliceCustodyExtended':
    case 'ReleasedWithoutCharge':
    case 'ReleasedOnPoliceBail':
    case 'ReleasedOnJudicialOrder':
    case 'ConsularContactOffered':
    case 'CaseFileHandedToProsecutor':
    case 'TransferredToPrison':
      // New facts, not corrections: none changes what the arrest record says.
      return state;
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

function correctableValues(arrest: ArrestMadeData): CorrectableValues {
  const { person, suspectedOffence: offence } = arrest;
  return {
    'person.name': person.name,
    'person.sex': person.sex,
    'person.dateOfBirth': person.dateOfBirth,
    'person.estimatedAgeYears': person.estimatedAgeYears,
    'person.nationality': person.nationality,
    'person.homeAddress': person.homeAddress,
    'person.homeProvince': person.homeProvince,
    'person.nationalId': person.nationalId,
    place: arrest.place,
    province: arrest.province,
    'suspectedOffence.name': offence.name,
    'suspectedOffence.offenceClass': offence.offenceClass,
    'suspectedOffence.maximumPenaltyMonths': offence.maximumPenaltyMonths,
    'suspectedOffence.violent': offence.violent,
    'suspectedOffence.drugRelated': offence.drugRelated,
  };
}
