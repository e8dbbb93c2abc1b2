import type { AlertAcknowledged, AlertRaised, AlertResolved } from '@safeguard/contracts';

/** Alert events as a stream holds them, for the decisions' tests. */
export function anAlertRaised(overrides: Partial<AlertRaised['data']> = {}): AlertRaised {
  return {
    type: 'AlertRaised',
    data: {
      alertId: '5a0c1f4e-8a51-5b52-9d3e-0c6f1b7a2d11',
      ruleId: 'dependants-not-asked-at-arrest',
      severity: 'high',
      personId: 'person-KH-0012',
      arrestId: '7d1f0a52-3b6e-4c1a-9f0e-2a4b6c8d0e12',
      childIds: [],
      responsibleAgency: 'police',
      responsibleUnitId: 'PP-ANTI-DRUG',
      province: 'Kandal',
      legalBasis: 'California Penal Code §851.5(c): dependants asked within 3 hours',
      summary: 'Nobody asked the arrested person about dependants within 3 hours',
      dueAt: '2026-03-01T23:30:00.000Z',
      raisedAt: '2026-03-01T23:31:00.000Z',
      triggeringEventIds: ['0b7c5d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e'],
      policyId: 'cambodia-2026',
      ...overrides,
    },
  };
}

export function anAlertAcknowledged(raised: AlertRaised['data'], overrides: Partial<AlertAcknowledged['data']> = {}): AlertAcknowledged {
  return {
    type: 'AlertAcknowledged',
    data: {
      alertId: raised.alertId,
      ruleId: raised.ruleId,
      personId: raised.personId,
      acknowledgedAt: '2026-03-02T01:00:00.000Z',
      acknowledgedBy: 'monitor-1',
      note: 'Called the station; the duty officer is asking her now.',
      ...overrides,
    },
  };
}

export function anAlertResolvedLate(raised: AlertRaised['data']): AlertResolved {
  return {
    type: 'AlertResolved',
    data: {
      alertId: raised.alertId,
      ruleId: raised.ruleId,
      personId: raised.personId,
      resolvedAt: '2026-03-02T00:00:00.000Z',
      resolution: 'fact-recorded-late',
      lateByMinutes: 30,
      reason: 'Dependants screening recorded 30 minutes after the deadline',
      resolvingEventIds: ['1b7c5d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e'],
    },
  };
}
