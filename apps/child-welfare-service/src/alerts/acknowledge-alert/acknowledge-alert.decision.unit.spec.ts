import type { AlertEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, NotFound } from '@safeguard/domain';
import { evolveAlert, initialAlertState } from '../alert.state';
import { anAlertAcknowledged, anAlertRaised, anAlertResolvedLate } from '../alert.testing';
import { decideAcknowledgeAlert, type AcknowledgeAlert } from './acknowledge-alert.decision';

const raised = anAlertRaised();
const stateAfter = (...events: AlertEvent[]) => fold(evolveAlert, initialAlertState, events);
const command: AcknowledgeAlert = {
  type: 'AcknowledgeAlert',
  alertId: raised.data.alertId,
  acknowledgedBy: 'welfare-officer-4',
  note: 'Visiting the grandmother in Takhmao this afternoon.',
  now: new Date('2026-03-02T02:15:00.000Z'),
};

describe('acknowledge an alert', () => {
  describe('given an open alert', () => {
    it('when a welfare officer takes it on, then it is acknowledged by her, now, with her note', () => {
      expect(decideAcknowledgeAlert(command, stateAfter(raised))).toEqual([
        {
          type: 'AlertAcknowledged',
          data: {
            alertId: raised.data.alertId,
            ruleId: raised.data.ruleId,
            personId: raised.data.personId,
            acknowledgedAt: '2026-03-02T02:15:00.000Z',
            acknowledgedBy: 'welfare-officer-4',
            note: 'Visiting the grandmother in Takhmao this afternoon.',
          },
        },
      ]);
    });
  });

  describe('refusals', () => {
    it.each<[string, string, AlertEvent[], unknown]>([
      ['already acknowledged', 'ALERT.ALREADY_ACKNOWLEDGED', [raised, anAlertAcknowledged(raised.data)], DomainRuleViolation],
      ['resolved when the fact arrived late', 'ALERT.ALREADY_RESOLVED', [raised, anAlertResolvedLate(raised.data)], DomainRuleViolation],
      [
        'acknowledged, then resolved',
        'ALERT.ALREADY_RESOLVED',
        [raised, anAlertAcknowledged(raised.data), anAlertResolvedLate(raised.data)],
        DomainRuleViolation,
      ],
      ['never raised', 'ALERT.NOT_FOUND', [], NotFound],
    ])('given an alert %s, then it is refused with %s', (_name, code, history, kind) => {
      expect(() => decideAcknowledgeAlert(command, stateAfter(...history))).toThrow(expect.objectContaining({ code, constructor: kind }));
    });

    it('names who already has the alert, so the second person can talk to the first', () => {
      const first = anAlertAcknowledged(raised.data, { acknowledgedBy: 'monitor-1', acknowledgedAt: '2026-03-02T01:00:00.000Z' });
      expect(() => decideAcknowledgeAlert(command, stateAfter(raised, first))).toThrow(
        expect.objectContaining({ details: { acknowledgedBy: 'monitor-1', acknowledgedAt: '2026-03-02T01:00:00.000Z' } }),
      );
    });
  });
});
