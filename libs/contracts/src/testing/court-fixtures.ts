import { randomUUID } from 'node:crypto';
import type {
  AppealDecided,
  AppealDecidedData,
  AppealFiled,
  AppealFiledData,
  CaseClosed,
  CaseClosedData,
  CaseOpened,
  CaseOpenedData,
  Charge,
  ClemencyGranted,
  ClemencyGrantedData,
  FamilyNotifiedOfHearing,
  FamilyNotifiedOfHearingData,
  HearingScheduled,
  HearingScheduledData,
  LegalRepresentationRecorded,
  LegalRepresentationRecordedData,
  PretrialDecisionMade,
  PretrialDecisionMadeData,
  PretrialDetentionExtended,
  PretrialDetentionExtendedData,
  SentenceImposed,
  SentenceImposedData,
  VerdictDelivered,
  VerdictDeliveredData,
} from '../court/court-events';

/** Realistic, schema-valid court facts for tests; names are invented. */

type FindingOutcome = VerdictDeliveredData['findings'][number]['outcome'];

/** The instant `days` after the case was opened, as an ISO date-time. */
function afterOpening(caseOpened: CaseOpenedData, days: number): string {
  return new Date(Date.parse(caseOpened.openedAt) + days * 24 * 60 * 60_000).toISOString();
}

/** The instant `months` calendar months after `iso`, as an ISO date-time. */
function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
}

/** A non-violent felony drug-possession charge, with an id of its own. */
export function aCharge(overrides: Partial<Charge> = {}): Charge {
  return {
    chargeId: randomUUID(),
    offence: 'Unlawful possession of narcotic drugs',
    offenceClass: 'felony',
    maximumPenaltyMonths: 60,
    minimumPenaltyMonths: null,
    violent: false,
    ...overrides,
  };
}

/** A drug-possession case opened from the police case file, one arrest, one felony charge. */
export function aCaseOpened(overrides: Partial<CaseOpenedData> = {}): CaseOpened {
  return {
    type: 'CaseOpened',
    data: {
      caseId: randomUUID(),
      caseReference: 'PPCFI-2026-01183',
      arrestIds: [randomUUID()],
      personId: `person-${randomUUID()}`,
      openedAt: '2026-03-03T03:00:00.000Z',
      charges: [aCharge()],
      ...overrides,
    },
  };
}

/** A legal-aid lawyer took her case. */
export function aLegalRepresentationRecorded(
  caseOpened: CaseOpenedData,
  overrides: Partial<LegalRepresentationRecordedData> = {},
): LegalRepresentationRecorded {
  return {
    type: 'LegalRepresentationRecorded',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      recordedAt: afterOpening(caseOpened, 1),
      represented: true,
      lawyerName: 'Chea Sophal',
      organisation: 'Bar Association legal aid programme',
      ...overrides,
    },
  };
}

/** Six months' pre-trial detention, ordered after she was asked about her children. */
export function aPretrialDetentionOrdered(caseOpened: CaseOpenedData, overrides: Partial<PretrialDecisionMadeData> = {}): PretrialDecisionMade {
  return {
    type: 'PretrialDecisionMade',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      decidedAt: afterOpening(caseOpened, 1),
      judge: 'Investigating Judge Heng Sovann, Phnom Penh Court of First Instance',
      outcome: 'detention',
      grounds: ['guarantee-presence', 'preserve-public-order'],
      justification: 'No fixed employment and a risk of absconding to her home province before trial.',
      askedAboutPregnancyAndDependants: true,
      careArrangementsNoted: 'Her two children stay with their grandmother, Sok Mealea, in Chbar Ampov.',
      alternativesConsidered: false,
      detentionMonths: 6,
      detentionOrderReference: 'PPCFI-DO-2026-0457',
      ...overrides,
    },
  };
}

/** Released to await trial at home: no grounds, term or order, on the same day as a detention order would have been. */
export function aPretrialRelease(caseOpened: CaseOpenedData, overrides: Partial<PretrialDecisionMadeData> = {}): PretrialDecisionMade {
  return aPretrialDetentionOrdered(caseOpened, {
    outcome: 'release',
    grounds: [],
    justification: null,
    detentionMonths: null,
    detentionOrderReference: null,
    ...overrides,
  });
}

/** Another six months, ordered shortly before the first six ran out. */
export function aPretrialDetentionExtended(
  caseOpened: CaseOpenedData,
  overrides: Partial<PretrialDetentionExtendedData> = {},
): PretrialDetentionExtended {
  const ordered = afterOpening(caseOpened, 1);
  return {
    type: 'PretrialDetentionExtended',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      extendedAt: new Date(Date.parse(addMonths(ordered, 6)) - 7 * 24 * 60 * 60_000).toISOString(),
      judge: 'Investigating Judge Heng Sovann, Phnom Penh Court of First Instance',
      additionalMonths: 6,
      until: addMonths(ordered, 12),
      ...overrides,
    },
  };
}

/** The trial, about eight months after the case was opened. */
export function aHearingScheduled(caseOpened: CaseOpenedData, overrides: Partial<HearingScheduledData> = {}): HearingScheduled {
  return {
    type: 'HearingScheduled',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      hearingId: randomUUID(),
      kind: 'trial',
      scheduledAt: afterOpening(caseOpened, 210),
      scheduledAtSource: 'time-of-receipt',
      hearingAt: afterOpening(caseOpened, 240),
      place: 'Courtroom 3, Phnom Penh Court of First Instance',
      ...overrides,
    },
  };
}

/** The court clerk phoned her mother about the hearing. */
export function aFamilyNotifiedOfHearing(
  hearing: HearingScheduledData,
  overrides: Partial<FamilyNotifiedOfHearingData> = {},
): FamilyNotifiedOfHearing {
  return {
    type: 'FamilyNotifiedOfHearing',
    data: {
      caseId: hearing.caseId,
      personId: hearing.personId,
      hearingId: hearing.hearingId,
      notifiedAt: new Date(Date.parse(hearing.scheduledAt) + 2 * 24 * 60 * 60_000).toISOString(),
      notifiedPerson: 'Sok Mealea (her mother)',
      method: 'phone',
      ...overrides,
    },
  };
}

/** One finding per charge, all with the same outcome. */
export function aVerdictDelivered(
  caseOpened: CaseOpenedData,
  outcome: FindingOutcome = 'convicted',
  overrides: Partial<VerdictDeliveredData> = {},
): VerdictDelivered {
  return {
    type: 'VerdictDelivered',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      deliveredAt: afterOpening(caseOpened, 254),
      findings: caseOpened.charges.map((c) => ({ chargeId: c.chargeId, outcome })),
      ...overrides,
    },
  };
}

/** Two years, one of them suspended, after her children's welfare was weighed. */
export function aSentenceImposed(caseOpened: CaseOpenedData, overrides: Partial<SentenceImposedData> = {}): SentenceImposed {
  return {
    type: 'SentenceImposed',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      imposedAt: afterOpening(caseOpened, 254),
      custodialMonths: 24,
      suspendedMonths: 12,
      nonCustodialMeasures: [],
      childrenWelfareConsidered: true,
      nonCustodialAlternativesConsidered: true,
      startDeferredUntil: null,
      custodyStartsAt: null,
      creditedDays: null,
      ...overrides,
    },
  };
}

/** Her lawyer appealed within the month; she stays in prison meanwhile. */
export function anAppealFiled(caseOpened: CaseOpenedData, overrides: Partial<AppealFiledData> = {}): AppealFiled {
  return {
    type: 'AppealFiled',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      appealId: randomUUID(),
      filedAt: afterOpening(caseOpened, 270),
      filedBy: 'defence',
      detainedPendingAppeal: true,
      ...overrides,
    },
  };
}

/** The Court of Appeal cut the prison term to eighteen months. */
export function anAppealDecided(appeal: AppealFiledData, overrides: Partial<AppealDecidedData> = {}): AppealDecided {
  return {
    type: 'AppealDecided',
    data: {
      caseId: appeal.caseId,
      personId: appeal.personId,
      appealId: appeal.appealId,
      decidedAt: addMonths(appeal.filedAt, 5),
      outcome: 'sentence-changed',
      newCustodialMonths: 18,
      ...overrides,
    },
  };
}

/** A royal sentence reduction granted on a national holiday, taking effect at once unless `effectiveAt` says otherwise. */
export function aClemencyGranted(caseOpened: CaseOpenedData, overrides: Partial<ClemencyGrantedData> = {}): ClemencyGranted {
  const grantedAt = overrides.grantedAt ?? afterOpening(caseOpened, 400);
  return {
    type: 'ClemencyGranted',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      grantedAt,
      effectiveAt: grantedAt,
      kind: 'sentence-reduction',
      reductionMonths: 3,
      ...overrides,
    },
  };
}

export function aCaseClosed(caseOpened: CaseOpenedData, overrides: Partial<CaseClosedData> = {}): CaseClosed {
  return {
    type: 'CaseClosed',
    data: {
      caseId: caseOpened.caseId,
      personId: caseOpened.personId,
      closedAt: afterOpening(caseOpened, 430),
      reason: 'Judgment final after the Court of Appeal decision; the sentence is being served.',
      ...overrides,
    },
  };
}
