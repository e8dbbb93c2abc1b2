import type { AlertEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, NotFound } from '@safeguard/domain';
import { evolveAlert, initialAlertState } from '../alert.state';
import { anAlertAcknowledged, anAlertRaised, anAlertResolvedLate } from '../alert.testing';
import { decideResolveAlertByMonitor, type ResolveAlertByMonitor } from './resolve-alert.decision';

const raised = anAlertRaised();
const stateAfter = (...events: AlertEvent[]) => fold(evolveAlert, initialAlertState, events);
const command: ResolveAlertByMonitor = {
  type: 'ResolveAlertByMonitor',
  alertId: raised.data.alertId,
  resolvedBy: 'monitor-1',
  reason: 'The children are with their grandmother; confirmed by phone.',
  now: new Date('2026-03-02T03:00:00.000Z'),
};

describe('resolve an alert', () => {
  describe.each([
    ['given an open alert', [raised]],
    ['given an acknowledged alert', [raised, anAlertAcknowledged(raised.data)]],
  ])('%s', (_name, history) => {
    it('when a monitor resolves it, then it is resolved by her, now, with her reason and no lateness', () => {
      expect(decideResolveAlertByMonitor(command, stateAfter(...history))).toEqual([
        {
          type: 'AlertResolved',
          data: {
            alertId: raised.data.alertId,
            ruleId: raised.data.ruleId,
            personId: raised.data.personId,
            resolvedAt: '2026-03-02T03:00:00.000Z',
            resolution: 'resolved-by-monitor',
            lateByMinutes: null,
            reason: 'The children are with their grandmother; confirmed by phone.',
            resolvingEventIds: [],
            resolvedBy: 'monitor-1',
          },
        },
      ]);
    });
  });

  describe('refusals', () => {
    const byMonitor = decideResolveAlertByMonitor(command, stateAfter(raised));
    it.each<[string, string, AlertEvent[], unknown]>([
      ['resolved when the fact arrived late', 'ALERT.ALREADY_RESOLVED', [raised, anAlertResolvedLate(raised.data)], DomainRuleViolation],
      ['resolved by a monitor', 'ALERT.ALREADY_RESOLVED', [raised, ...byMonitor], DomainRuleViolation],
      ['never raised', 'ALERT.NOT_FOUND', [], NotFound],
    ])('given an alert %s, then it is refused with %s', (_name, code, history, kind) => {
      expect(() => decideResolveAlertByMonitor(command, stateAfter(...history))).toThrow(expect.objectContaining({ code, constructor: kind }));
    });
  });
});
