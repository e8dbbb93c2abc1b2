import { randomUUID } from 'node:crypto';
import type {
  CaseClosed,
  CaseOpened,
  CaseOpenedData,
  HearingScheduled,
  HearingScheduledData,
  PretrialDecisionMade,
  PretrialDecisionMadeData,
  VerdictDelivered,
} from '@safeguard/contracts';

/** Realistic, schema-valid court facts for the court's decision tests; names are invented. */
export function aCaseOpened(overrides: Partial<CaseOpenedData> = {}): CaseOpened {
  return {
    type: 'CaseOpened',
    data: {
      caseId: randomUUID(),
      caseReference: 'PP-MC-2026-0113',
      arrestIds: [randomUUID()],
      personId: `person-${randomUUID()}`,
      openedAt: '2026-03-04T09:00:00.000Z',
      charges: [{ chargeId: randomUUID(), offence: 'Drug possession', offenceClass: 'felony', maximumPenaltyMonths: 60, violent: false }],
      ...overrides,
    },
  };
}

export function aDetentionOrder(opened: CaseOpenedData, overrides: Partial<PretrialDecisionMadeData> = {}): PretrialDecisionMade {
  return {
    type: 'PretrialDecisionMade',
    data: {
      caseId: opened.caseId,
      personId: opened.personId,
      decidedAt: '2026-03-05T10:00:00.000Z',
      judge: 'judge-1',
      outcome: 'detention',
      grounds: ['guarantee-presence'],
      justification: 'No fixed address; she failed to appear once before.',
      askedAboutPregnancyAndDependants: true,
      careArrangementsNoted: 'Son Dara, 6, stays with his grandmother',
      alternativesConsidered: true,
      detentionMonths: 4,
      detentionOrderReference: 'PP-DO-2026-0042',
      ...overrides,
    },
  };
}

export function aRelease(opened: CaseOpenedData): PretrialDecisionMade {
  return aDetentionOrder(opened, { outcome: 'release', grounds: [], justification: null, detentionMonths: null, detentionOrderReference: null });
}

export function aHearingScheduled(opened: CaseOpenedData, overrides: Partial<HearingScheduledData> = {}): HearingScheduled {
  return {
    type: 'HearingScheduled',
    data: {
      caseId: opened.caseId,
      personId: opened.personId,
      hearingId: randomUUID(),
      kind: 'trial',
      scheduledAt: '2026-03-06T09:00:00.000Z',
      hearingAt: '2026-05-12T08:30:00.000Z',
      place: 'Phnom Penh Municipal Court, room 2',
      ...overrides,
    },
  };
}

export function aVerdictDelivered(opened: CaseOpenedData): VerdictDelivered {
  return {
    type: 'VerdictDelivered',
    data: { caseId: opened.caseId, personId: opened.personId, deliveredAt: '2026-05-12T11:00:00.000Z', findings: opened.charges.map((c) => ({ chargeId: c.chargeId, outcome: 'convicted' })) },
  };
}

export function aCaseClosed(opened: CaseOpenedData): CaseClosed {
  return { type: 'CaseClosed', data: { caseId: opened.caseId, personId: opened.personId, closedAt: '2026-06-01T09:00:00.000Z', reason: 'Sentence served' } };
}
