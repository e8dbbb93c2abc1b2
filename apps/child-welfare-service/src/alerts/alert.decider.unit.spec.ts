import type { AlertEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold } from '@safeguard/domain';
import type { AlertDraft } from '../safeguards/safeguard-outcome';
import { alertDecider, decideAlert, WITHDRAWN_REASON, type AlertCommand } from './alert.decider';
import { alertIdFor } from './alert-id';
import { anAlertAcknowledged, anAlertRaised, anAlertResolvedLate } from './alert.testing';

const draft: AlertDraft = {
  ruleId: 'detained-past-sentence',
  subjectKey: 'custody-7:sentence-3',
  severity: 'high',
  personId: 'person-KH-0031',
  arrestId: null,
  childIds: ['c0a8012e-0000-4000-8000-000000000001'],
  responsibleAgency: 'prison',
  responsibleUnitId: 'CC2',
  province: 'Phnom Penh',
  legalBasis: 'Law on Prisons art. 70: released when the sentence ends',
  summary: 'Still held 7 days after her term ended',
  dueAt: '2026-05-01T00:00:00.000Z',
  triggeringEventIds: ['5e1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
};
const { subjectKey: _subjectKey, ...published } = draft; // the published event leaves the subject key out
const alertId = alertIdFor(draft.ruleId, draft.subjectKey);
const raised = anAlertRaised({ alertId, ruleId: draft.ruleId, personId: draft.personId, severity: 'high' });
const ids = { alertId, ruleId: draft.ruleId, personId: draft.personId };
const acknowledged = anAlertAcknowledged(raised.data);
const resolvedByFact = anAlertResolvedLate(raised.data); // resolved at 2026-03-02T00:00Z, 30 min late
const escalated = (toSeverity: 'high' | 'critical'): AlertEvent => ({
  type: 'AlertEscalated',
  data: { ...ids, escalatedAt: '2026-05-04T00:00:00.000Z', fromSeverity: 'high', toSeverity, reason: 'still held' },
});
const withdrawn: AlertEvent = { type: 'AlertWithdrawn', data: { ...ids, withdrawnAt: '2026-03-03T00:00:00.000Z', reason: WITHDRAWN_REASON } };
const byMonitor: AlertEvent = {
  type: 'AlertResolved',
  data: {
    ...ids,
    resolvedAt: '2026-03-02T03:00:00.000Z',
    resolution: 'resolved-by-monitor',
    lateByMinutes: null,
    reason: 'with her aunt',
    resolvingEventIds: [],
    resolvedBy: 'monitor-1',
  },
};

const raise: AlertCommand = { type: 'RaiseAlert', draft, raisedAt: '2026-05-01T00:01:00.000Z', policyId: 'cambodia-2026' };
const escalate: AlertCommand = {
  type: 'EscalateAlert',
  severity: 'critical',
  escalatedAt: '2026-05-08T00:00:00.000Z',
  reason: 'held 7 days past her term',
};
const resolveAt = (resolvedAt: string, resolvingEventIds = ['9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'], lateByMinutes = 12): AlertCommand => ({
  type: 'ResolveAlertByFact',
  resolvedAt,
  lateByMinutes,
  reason: 'released 12 min after the deadline',
  resolvingEventIds,
});
const withdraw: AlertCommand = { type: 'WithdrawAlert', withdrawnAt: '2026-05-02T09:00:00.000Z', reason: WITHDRAWN_REASON };
const acknowledge: AlertCommand = {
  type: 'AcknowledgeAlert',
  alertId,
  acknowledgedBy: 'monitor-2',
  note: 'calling the prison',
  now: new Date('2026-05-02T10:00:00.000Z'),
};

const stateAfter = (history: readonly AlertEvent[]) => fold(alertDecider.evolve, alertDecider.initialState, history);
const resolvedBy = (resolvedAt: string): AlertEvent => ({
  type: 'AlertResolved',
  data: {
    ...ids,
    resolvedAt,
    resolution: 'fact-recorded-late',
    lateByMinutes: 12,
    reason: 'released 12 min after the deadline',
    resolvingEventIds: ['9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'],
  },
});

describe('the alert decider', () => {
  it.each<[string, AlertEvent[], AlertCommand, unknown[]]>([
    // Raise: once per rule and subject, whatever became of it.
    [
      'raises a new alert from the draft, its id from the rule and subject',
      [],
      raise,
      [{ type: 'AlertRaised', data: { ...published, alertId, raisedAt: '2026-05-01T00:01:00.000Z', policyId: 'cambodia-2026' } }],
    ],
    ['does not raise an open alert again', [raised], raise, []],
    ['does not raise an acknowledged alert again', [raised, acknowledged], raise, []],
    ['does not raise a resolved alert again', [raised, resolvedByFact], raise, []],
    [
      'raises a withdrawn alert again when later facts show the miss after all',
      [raised, withdrawn],
      raise,
      [expect.objectContaining({ type: 'AlertRaised', data: expect.objectContaining({ alertId }) })],
    ],
    // Escalate: more serious, never less.
    [
      'escalates an open alert from its severity to a higher one',
      [raised],
      escalate,
      [
        {
          type: 'AlertEscalated',
          data: {
            ...ids,
            escalatedAt: '2026-05-08T00:00:00.000Z',
            fromSeverity: 'high',
            toSeverity: 'critical',
            reason: 'held 7 days past her term',
          },
        },
      ],
    ],
    ['escalates an acknowledged alert', [raised, acknowledged], escalate, [expect.objectContaining({ type: 'AlertEscalated' })]],
    ['does not escalate to the severity it already has', [raised, escalated('critical')], escalate, []],
    ['does not escalate to a lower severity', [raised], { ...escalate, severity: 'medium' }, []],
    ['does not escalate a resolved alert', [raised, resolvedByFact], escalate, []],
    ['does not escalate an alert never raised', [], escalate, []],
    // Resolve by the fact.
    ['resolves an open alert by the fact, with how late', [raised], resolveAt('2026-03-01T23:42:00.000Z'), [resolvedBy('2026-03-01T23:42:00.000Z')]],
    [
      'resolves an acknowledged alert by the fact',
      [raised, acknowledged],
      resolveAt('2026-03-01T23:42:00.000Z'),
      [resolvedBy('2026-03-01T23:42:00.000Z')],
    ],
    [
      're-dates a fact resolution when an earlier-dated resolving fact arrives',
      [raised, resolvedByFact],
      resolveAt('2026-03-01T23:42:00.000Z'),
      [resolvedBy('2026-03-01T23:42:00.000Z')],
    ],
    ['does not resolve a withdrawn alert (the rules raise it again first)', [raised, withdrawn], resolveAt('2026-03-01T23:42:00.000Z'), []],
    [
      'keeps a fact resolution when the same verdict comes again',
      [raised, resolvedByFact],
      resolveAt('2026-03-02T00:00:00.000Z', resolvedByFact.data.resolvingEventIds as string[], resolvedByFact.data.lateByMinutes!),
      [],
    ],
    [
      'resolves again when a record that moved the deadline changes how late the same fact was',
      [raised, resolvedByFact],
      resolveAt('2026-03-02T00:00:00.000Z', ['9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'], 12),
      [
        expect.objectContaining({
          type: 'AlertResolved',
          data: expect.objectContaining({ resolvedAt: '2026-03-02T00:00:00.000Z', lateByMinutes: 12 }),
        }),
      ],
    ],
    [
      'keeps a fact resolution when the earlier date names no resolving event',
      [raised, resolvedByFact],
      resolveAt('2026-03-01T23:42:00.000Z', []),
      [],
    ],
    ['keeps a monitor’s resolution, whatever fact arrives', [raised, byMonitor], resolveAt('2026-03-01T23:42:00.000Z'), []],
    ['does not resolve an alert never raised', [], resolveAt('2026-03-01T23:42:00.000Z'), []],
    // Withdraw: the whole file no longer holds it.
    [
      'withdraws an open alert, with the reason',
      [raised],
      withdraw,
      [{ type: 'AlertWithdrawn', data: { ...ids, withdrawnAt: '2026-05-02T09:00:00.000Z', reason: WITHDRAWN_REASON } }],
    ],
    ['withdraws an acknowledged alert', [raised, acknowledged], withdraw, [expect.objectContaining({ type: 'AlertWithdrawn' })]],
    [
      'withdraws an alert resolved by a late fact (which alerts remain must not depend on arrival order)',
      [raised, resolvedByFact],
      withdraw,
      [expect.objectContaining({ type: 'AlertWithdrawn' })],
    ],
    ['withdraws an alert a monitor resolved', [raised, byMonitor], withdraw, [expect.objectContaining({ type: 'AlertWithdrawn' })]],
    ['does not withdraw a withdrawn alert again', [raised, withdrawn], withdraw, []],
    ['does not escalate a withdrawn alert', [raised, withdrawn], escalate, []],
    ['does not withdraw an alert never raised', [], withdraw, []],
    // People's commands go through the same decision.
    [
      'lets a monitor take on an escalated alert',
      [raised, escalated('critical')],
      acknowledge,
      [expect.objectContaining({ type: 'AlertAcknowledged', data: expect.objectContaining({ acknowledgedBy: 'monitor-2' }) })],
    ],
  ])('%s', (_name, history, command, expected) => {
    expect(decideAlert(command, stateAfter(history))).toEqual(expected);
  });

  describe('the rules repeat their outcomes on every change of the file', () => {
    it.each<[string, AlertEvent[], AlertCommand]>([
      ['a raise', [], raise],
      ['an escalation', [raised], escalate],
      ['a resolution by the fact', [raised], resolveAt('2026-03-01T23:42:00.000Z')],
      ['a re-dating', [raised, resolvedByFact], resolveAt('2026-03-01T23:42:00.000Z')],
      ['a withdrawal', [raised], withdraw],
    ])('records %s once: decided again on what it recorded, it records nothing', (_name, history, command) => {
      const first = decideAlert(command, stateAfter(history));
      expect(first).toHaveLength(1);
      expect(decideAlert(command, stateAfter([...history, ...first]))).toEqual([]);
    });
  });

  it('refuses a monitor resolving a withdrawn alert, with the stable code', () => {
    const command: AlertCommand = {
      type: 'ResolveAlertByMonitor',
      alertId,
      resolvedBy: 'monitor-1',
      reason: 'checked',
      now: new Date('2026-05-03T00:00:00.000Z'),
    };
    expect(() => decideAlert(command, stateAfter([raised, withdrawn]))).toThrow(
      expect.objectContaining({ code: 'ALERT.WITHDRAWN', constructor: DomainRuleViolation }),
    );
  });

  it('folds the alert as its stream tells it: severity as escalated, the latest resolution with its lateness and resolving events', () => {
    expect(stateAfter([raised, escalated('critical'), acknowledged, resolvedByFact, resolvedBy('2026-03-01T23:42:00.000Z')])).toEqual({
      status: 'resolved',
      ...ids,
      severity: 'critical',
      resolvedAt: '2026-03-01T23:42:00.000Z',
      resolution: 'fact-recorded-late',
      lateByMinutes: 12,
      resolvingEventIds: ['9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'],
    });
  });
});
