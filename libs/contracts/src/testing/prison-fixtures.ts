import { randomUUID } from 'node:crypto';
import type {
  ChildAdmittedWithParent,
  ChildAdmittedWithParentData,
  ChildAssessed,
  ChildAssessedData,
  ChildBornInCustody,
  ChildBornInCustodyData,
  ChildMedicalEventRecorded,
  ChildMedicalEventRecordedData,
  ChildLeftPrison,
  ChildLeftPrisonData,
  ChildrenRecordedAtAdmission,
  ChildrenRecordedAtAdmissionData,
  ConsularContactRecorded,
  ConsularContactRecordedData,
  DisciplinarySanctionImposed,
  DisciplinarySanctionImposedData,
  FamilyNotified,
  FamilyNotifiedData,
  HomeLeaveGranted,
  HomeLeaveGrantedData,
  MedicalEventRecorded,
  MedicalEventRecordedData,
  ParentToldOfChildMedicalEvent,
  ParentToldOfChildMedicalEventData,
  PersonAdmitted,
  PersonAdmittedData,
  PersonReleased,
  PersonReleasedData,
  PhoneCallMade,
  PhoneCallMadeData,
  PregnancyRecorded,
  PregnancyRecordedData,
  PrisonerTransferred,
  PrisonerTransferredData,
  ReleaseScheduled,
  ReleaseScheduledData,
  ReturnedFromHomeLeave,
  ReturnedFromHomeLeaveData,
  VisitTookPlace,
  VisitTookPlaceData,
} from '../prison/prison-events';

/** Realistic, schema-valid prison facts for tests; names are invented. */

/** The instant `days` after the admission, as an ISO date-time. */
function afterAdmission(admission: PersonAdmittedData, days: number): string {
  return new Date(Date.parse(admission.admittedAt) + days * 24 * 60 * 60_000).toISOString();
}

/** A woman held pre-trial at Correctional Centre 2 in Phnom Penh on the investigating judge's detention order. */
export function aPersonAdmitted(overrides: Partial<PersonAdmittedData> = {}): PersonAdmitted {
  return {
    type: 'PersonAdmitted',
    data: {
      custodyId: randomUUID(),
      personId: `person-${randomUUID()}`,
      facilityId: 'CC2',
      admittedAt: '2026-03-03T09:00:00.000Z',
      legalStatus: 'pre-trial',
      courtCaseReference: 'PPCFI-2026-01183',
      orderReference: 'PPCFI-DO-2026-0457',
      nationality: 'KH',
      ...overrides,
    },
  };
}

/** She has two children outside: her son with his grandmother, her daughter with her father. */
export function aChildrenRecordedAtAdmission(
  admission: PersonAdmittedData,
  overrides: Partial<ChildrenRecordedAtAdmissionData> = {},
): ChildrenRecordedAtAdmission {
  return {
    type: 'ChildrenRecordedAtAdmission',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      recordedAt: afterAdmission(admission, 1 / 24),
      answer: 'has-children',
      numberOfChildren: 2,
      consentToRecordDetails: true,
      children: [
        {
          childId: randomUUID(),
          name: 'Dara',
          sex: 'male',
          detailsWithheld: null,
          dateOfBirth: '2019-06-02',
          birthYear: null,
          ageYears: null,
          livesWhere: 'With his grandmother Sok Mealea, Village 3, Sangkat Chbar Ampov, Phnom Penh',
          custodyStatus: 'with-relative',
        },
        {
          childId: randomUUID(),
          name: 'Sophea',
          sex: 'female',
          detailsWithheld: null,
          dateOfBirth: null,
          birthYear: null,
          ageYears: 11,
          livesWhere: 'With her father Chan Vuthy in Takhmao, Kandal',
          custodyStatus: 'with-other-parent',
        },
      ],
      ...overrides,
    },
  };
}

/** Her breastfed baby came in with her on the day of admission. */
export function aChildAdmittedWithParent(
  admission: PersonAdmittedData,
  overrides: Partial<ChildAdmittedWithParentData> = {},
): ChildAdmittedWithParent {
  return {
    type: 'ChildAdmittedWithParent',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      childId: randomUUID(),
      admittedAt: admission.admittedAt,
      dateOfBirth: '2025-08-14',
      reason: 'Breastfed infant with no other caregiver; admitted with his mother at her request.',
      ...overrides,
    },
  };
}

/** The prison social worker's first assessment, two weeks in; the next is due in six months. */
export function aChildAssessed(admission: PersonAdmittedData, childId: string, overrides: Partial<ChildAssessedData> = {}): ChildAssessed {
  return {
    type: 'ChildAssessed',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      childId,
      assessedAt: afterAdmission(admission, 14),
      outcome: 'Healthy and gaining weight; best served staying with his mother for now.',
      nextAssessmentDue: afterAdmission(admission, 14 + 182),
      referralOrPlacementPlan: 'Vaccinations at the Prey Sar health post; weekly play sessions with the partner NGO.',
      ...overrides,
    },
  };
}

/** The child went to live with his grandmother after his second birthday. */
export function aChildLeftPrison(admission: PersonAdmittedData, childId: string, overrides: Partial<ChildLeftPrisonData> = {}): ChildLeftPrison {
  return {
    type: 'ChildLeftPrison',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      childId,
      leftAt: afterAdmission(admission, 200),
      toWhom: 'Sok Mealea (his grandmother)',
      reason: 'Placement plan agreed with his mother after the six-month assessment.',
      ...overrides,
    },
  };
}

/** Found pregnant at the admission health check. */
export function aPregnancyRecorded(admission: PersonAdmittedData, overrides: Partial<PregnancyRecordedData> = {}): PregnancyRecorded {
  return {
    type: 'PregnancyRecorded',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      recordedAt: afterAdmission(admission, 1),
      expectedDeliveryDate: '2026-07-20',
      ...overrides,
    },
  };
}

/** A girl, born at the referral hospital while her mother was held. */
export function aChildBornInCustody(admission: PersonAdmittedData, overrides: Partial<ChildBornInCustodyData> = {}): ChildBornInCustody {
  return {
    type: 'ChildBornInCustody',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      childId: randomUUID(),
      bornAt: afterAdmission(admission, 138),
      sex: 'female',
      ...overrides,
    },
  };
}

/** Her son came with his grandmother, in the communal visiting area, free of charge. */
export function aVisitTookPlace(admission: PersonAdmittedData, overrides: Partial<VisitTookPlaceData> = {}): VisitTookPlace {
  return {
    type: 'VisitTookPlace',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      visitId: randomUUID(),
      visitedAt: afterAdmission(admission, 10),
      durationMinutes: 30,
      childIds: [randomUUID()],
      visitorName: 'Dara',
      accompanyingAdult: 'Sok Mealea (his grandmother)',
      setting: 'communal-area',
      fee: null,
      ownClothesAllowed: true,
      ...overrides,
    },
  };
}

/** A ten-minute call to her mother from the prison phone, paid for by her. */
export function aPhoneCallMade(
  admission: PersonAdmittedData,
  childIds: readonly string[] = [],
  overrides: Partial<PhoneCallMadeData> = {},
): PhoneCallMade {
  return {
    type: 'PhoneCallMade',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      calledAt: afterAdmission(admission, 3),
      withWhom: 'Sok Mealea (her mother)',
      childIds,
      durationMinutes: 10,
      cost: { amount: 2000, currency: 'KHR' },
      ...overrides,
    },
  };
}

/** Moved to Kandal provincial prison, nearer her children. */
export function aPrisonerTransferred(admission: PersonAdmittedData, overrides: Partial<PrisonerTransferredData> = {}): PrisonerTransferred {
  return {
    type: 'PrisonerTransferred',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      transferredAt: afterAdmission(admission, 60),
      fromFacilityId: admission.facilityId,
      toFacilityId: 'KANDAL-PRISON',
      reason: 'Overcrowding; moved to the prison nearest her family in Kandal.',
      ...overrides,
    },
  };
}

/** Her mother, who looks after her son, was phoned about the transfer. */
export function aFamilyNotified(admission: PersonAdmittedData, overrides: Partial<FamilyNotifiedData> = {}): FamilyNotified {
  return {
    type: 'FamilyNotified',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      notifiedAt: afterAdmission(admission, 60),
      about: 'transfer',
      notifiedPerson: 'Sok Mealea (her mother)',
      isCaregiver: true,
      method: 'phone',
      ...overrides,
    },
  };
}

/** She was taken to hospital; pass a `childId` when it concerns a child living in prison. */
export function aMedicalEventRecorded(admission: PersonAdmittedData, overrides: Partial<MedicalEventRecordedData> = {}): MedicalEventRecorded {
  return {
    type: 'MedicalEventRecorded',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      occurredAt: afterAdmission(admission, 45),
      childId: null,
      kind: 'hospitalised',
      serious: true,
      ...overrides,
    },
  };
}

/** Her son, living with his grandmother, was taken to the provincial hospital with dengue fever. */
export function aChildMedicalEventRecorded(
  admission: PersonAdmittedData,
  childId: string,
  overrides: Partial<ChildMedicalEventRecordedData> = {},
): ChildMedicalEventRecorded {
  return {
    type: 'ChildMedicalEventRecorded',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      childId,
      medicalEventId: randomUUID(),
      occurredAt: afterAdmission(admission, 60),
      kind: 'hospitalised',
      serious: true,
      where: 'Kandal Provincial Referral Hospital',
      ...overrides,
    },
  };
}

/** The prison social worker told her the next morning. */
export function aParentToldOfChildMedicalEvent(
  medicalEvent: ChildMedicalEventRecordedData,
  overrides: Partial<ParentToldOfChildMedicalEventData> = {},
): ParentToldOfChildMedicalEvent {
  return {
    type: 'ParentToldOfChildMedicalEvent',
    data: {
      custodyId: medicalEvent.custodyId,
      personId: medicalEvent.personId,
      childId: medicalEvent.childId,
      medicalEventId: medicalEvent.medicalEventId,
      toldAt: new Date(Date.parse(medicalEvent.occurredAt) + 18 * 60 * 60_000).toISOString(),
      toldBy: 'Prison social worker Keo Sreymom',
      ...overrides,
    },
  };
}

/** Release at the end of the twelve months she has to serve, scheduled a month ahead. */
export function aReleaseScheduled(admission: PersonAdmittedData, overrides: Partial<ReleaseScheduledData> = {}): ReleaseScheduled {
  return {
    type: 'ReleaseScheduled',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      scheduledAt: afterAdmission(admission, 335),
      scheduledAtSource: 'time-of-receipt',
      releaseOn: afterAdmission(admission, 365),
      reason: 'sentence-served',
      ...overrides,
    },
  };
}

export function aPersonReleased(admission: PersonAdmittedData, overrides: Partial<PersonReleasedData> = {}): PersonReleased {
  return {
    type: 'PersonReleased',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      releasedAt: afterAdmission(admission, 365),
      releasedTo: 'Her mother, Sok Mealea, Village 3, Sangkat Chbar Ampov, Phnom Penh',
      ...overrides,
    },
  };
}

/** Three days at home for Khmer New Year. */
export function aHomeLeaveGranted(admission: PersonAdmittedData, overrides: Partial<HomeLeaveGrantedData> = {}): HomeLeaveGranted {
  return {
    type: 'HomeLeaveGranted',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      grantedAt: afterAdmission(admission, 35),
      leaveFrom: afterAdmission(admission, 41),
      leaveUntil: afterAdmission(admission, 44),
      ...overrides,
    },
  };
}

/** Back a few hours before her leave ran out. */
export function aReturnedFromHomeLeave(admission: PersonAdmittedData, overrides: Partial<ReturnedFromHomeLeaveData> = {}): ReturnedFromHomeLeave {
  return {
    type: 'ReturnedFromHomeLeave',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      returnedAt: afterAdmission(admission, 44 - 4 / 24),
      ...overrides,
    },
  };
}

/** A Vietnamese national was offered contact with her embassy at admission. */
export function aConsularContactRecorded(
  admission: PersonAdmittedData,
  overrides: Partial<ConsularContactRecordedData> = {},
): ConsularContactRecorded {
  return {
    type: 'ConsularContactRecorded',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      recordedAt: afterAdmission(admission, 1 / 24),
      kind: 'offered',
      consulate: 'Embassy of the Socialist Republic of Viet Nam, Phnom Penh',
      ...overrides,
    },
  };
}

/** A week confined to her cell after a fight, without losing her visits or calls. */
export function aDisciplinarySanctionImposed(
  admission: PersonAdmittedData,
  overrides: Partial<DisciplinarySanctionImposedData> = {},
): DisciplinarySanctionImposed {
  return {
    type: 'DisciplinarySanctionImposed',
    data: {
      custodyId: admission.custodyId,
      personId: admission.personId,
      imposedAt: afterAdmission(admission, 90),
      sanction: 'Confinement to her cell for fighting in the dormitory',
      days: 7,
      restrictsFamilyContact: false,
      ...overrides,
    },
  };
}
