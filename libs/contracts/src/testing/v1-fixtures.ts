import { randomUUID } from 'node:crypto';
import type { ArrestMadeData, ArrestRecordCorrectedDataV1, DependantsScreeningRecordedDataV1 } from '../arrest/arrest-events';
import type { CaseOpenedData, CaseOpenedDataV1, ClemencyGrantedDataV1, HearingScheduledDataV1, SentenceImposedDataV1 } from '../court/court-events';
import type { ChildrenRecordedAtAdmissionDataV1, PersonAdmittedData, ReleaseScheduledDataV1, VisitTookPlaceDataV1 } from '../prison/prison-events';

/**
 * Facts as producers wrote them before schema version 2, with the version they carry: what old
 * event-store rows and retained Kafka messages hold. For upcasting tests and for replaying a
 * v1-only log; names are invented. The v2 equivalent of any of them is `upcast(type, 1, data)`.
 */
export interface StoredV1<Type extends string, Data> {
  readonly type: Type;
  readonly schemaVersion: 1;
  readonly data: Data;
}

export type V1Fact =
  | StoredV1<'DependantsScreeningRecorded', DependantsScreeningRecordedDataV1>
  | StoredV1<'ArrestRecordCorrected', ArrestRecordCorrectedDataV1>
  | StoredV1<'CaseOpened', CaseOpenedDataV1>
  | StoredV1<'HearingScheduled', HearingScheduledDataV1>
  | StoredV1<'SentenceImposed', SentenceImposedDataV1>
  | StoredV1<'ClemencyGranted', ClemencyGrantedDataV1>
  | StoredV1<'ChildrenRecordedAtAdmission', ChildrenRecordedAtAdmissionDataV1>
  | StoredV1<'VisitTookPlace', VisitTookPlaceDataV1>
  | StoredV1<'ReleaseScheduled', ReleaseScheduledDataV1>;

const days = (iso: string, n: number) => new Date(Date.parse(iso) + n * 24 * 60 * 60_000).toISOString();

export function aDependantsScreeningV1(
  arrest: ArrestMadeData,
  overrides: Partial<DependantsScreeningRecordedDataV1> = {},
): StoredV1<'DependantsScreeningRecorded', DependantsScreeningRecordedDataV1> {
  return {
    type: 'DependantsScreeningRecorded',
    schemaVersion: 1,
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      askedAt: days(arrest.arrestedAt, 1 / 24),
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

export function aCaseOpenedV1(overrides: Partial<CaseOpenedDataV1> = {}): StoredV1<'CaseOpened', CaseOpenedDataV1> {
  return {
    type: 'CaseOpened',
    schemaVersion: 1,
    data: {
      caseId: randomUUID(),
      caseReference: 'PPCFI-2025-00917',
      arrestIds: [randomUUID()],
      personId: `person-${randomUUID()}`,
      openedAt: '2025-11-03T03:00:00.000Z',
      charges: [{ chargeId: randomUUID(), offence: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false }],
      ...overrides,
    },
  };
}

/** v1 stamped `scheduledAt` when the court service received the hearing. */
export function aHearingScheduledV1(
  caseOpened: CaseOpenedData | CaseOpenedDataV1,
  overrides: Partial<HearingScheduledDataV1> = {},
): StoredV1<'HearingScheduled', HearingScheduledDataV1> {
  return {
    type: 'HearingScheduled',
    schemaVersion: 1,
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      hearingId: randomUUID(),
      kind: 'trial',
      scheduledAt: days(caseOpened.openedAt, 30),
      hearingAt: days(caseOpened.openedAt, 60),
      place: 'Courtroom 2, Kandal Provincial Court',
      ...overrides,
    },
  };
}

export function aSentenceImposedV1(
  caseOpened: CaseOpenedData | CaseOpenedDataV1,
  overrides: Partial<SentenceImposedDataV1> = {},
): StoredV1<'SentenceImposed', SentenceImposedDataV1> {
  return {
    type: 'SentenceImposed',
    schemaVersion: 1,
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      imposedAt: days(caseOpened.openedAt, 90),
      custodialMonths: 12,
      suspendedMonths: 0,
      nonCustodialMeasures: [],
      childrenWelfareConsidered: false,
      nonCustodialAlternativesConsidered: false,
      startDeferredUntil: null,
      ...overrides,
    },
  };
}

export function aClemencyGrantedV1(
  caseOpened: CaseOpenedData | CaseOpenedDataV1,
  overrides: Partial<ClemencyGrantedDataV1> = {},
): StoredV1<'ClemencyGranted', ClemencyGrantedDataV1> {
  return {
    type: 'ClemencyGranted',
    schemaVersion: 1,
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      grantedAt: days(caseOpened.openedAt, 200),
      kind: 'sentence-reduction',
      reductionMonths: 2,
      ...overrides,
    },
  };
}

export function aChildrenRecordedAtAdmissionV1(
  admission: PersonAdmittedData,
  overrides: Partial<ChildrenRecordedAtAdmissionDataV1> = {},
): StoredV1<'ChildrenRecordedAtAdmission', ChildrenRecordedAtAdmissionDataV1> {
  return {
    type: 'ChildrenRecordedAtAdmission',
    schemaVersion: 1,
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      recordedAt: days(admission.admittedAt, 1 / 24),
      answer: 'has-children',
      numberOfChildren: 1,
      consentToRecordDetails: true,
      children: [
        {
          childId: randomUUID(),
          name: 'Dara',
          sex: 'male',
          dateOfBirth: '2019-06-02',
          ageYears: null,
          livesWhere: 'With his grandmother Sok Mealea, Chbar Ampov',
          custodyStatus: 'with-relative',
        },
      ],
      ...overrides,
    },
  };
}

/** v1 named at most one child per visit. */
export function aVisitTookPlaceV1(
  admission: PersonAdmittedData,
  overrides: Partial<VisitTookPlaceDataV1> = {},
): StoredV1<'VisitTookPlace', VisitTookPlaceDataV1> {
  return {
    type: 'VisitTookPlace',
    schemaVersion: 1,
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      visitId: randomUUID(),
      visitedAt: days(admission.admittedAt, 10),
      durationMinutes: 30,
      childId: randomUUID(),
      visitorName: 'Dara',
      accompanyingAdult: 'Sok Mealea (his grandmother)',
      setting: 'communal-area',
      fee: null,
      ownClothesAllowed: true,
      ...overrides,
    },
  };
}

/** v1 stamped `scheduledAt` when the prison service received the schedule. */
export function aReleaseScheduledV1(
  admission: PersonAdmittedData,
  overrides: Partial<ReleaseScheduledDataV1> = {},
): StoredV1<'ReleaseScheduled', ReleaseScheduledDataV1> {
  return {
    type: 'ReleaseScheduled',
    schemaVersion: 1,
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      scheduledAt: days(admission.admittedAt, 335),
      releaseOn: days(admission.admittedAt, 365),
      reason: 'sentence-served',
      ...overrides,
    },
  };
}

/** A v1 correction: its time was when the arrest service received it, and it did not say so. */
export function anArrestRecordCorrectedV1(
  arrest: ArrestMadeData,
  overrides: Partial<ArrestRecordCorrectedDataV1> = {},
): StoredV1<'ArrestRecordCorrected', ArrestRecordCorrectedDataV1> {
  return {
    type: 'ArrestRecordCorrected',
    schemaVersion: 1,
    data: {
      arrestId: arrest.arrestId,
      personId: arrest.person.personId,
      correctedAt: days(arrest.arrestedAt, 2),
      field: 'person.dateOfBirth',
      previousValue: arrest.person.dateOfBirth,
      correctedValue: '1990-04-21',
      reason: 'Date of birth misread from the family book.',
      ...overrides,
    },
  };
}
