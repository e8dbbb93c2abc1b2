import type { SafeguardOutcome } from '../safeguards/safeguard-outcome';
import { WITHDRAWN_REASON } from './alert.decider';
import { withdrawUnheldAlerts } from './withdraw-unheld-alerts';

const at = '2026-03-02T10:00:00.000Z';
const rules = ['custody-before-care-arranged', 'dependants-not-asked-at-arrest'];
const raise = (ruleId: string, subjectKey: string): SafeguardOutcome => ({ kind: 'raise-alert', alert: { ruleId, subjectKey } as never });

describe('withdraw alerts the whole file no longer holds', () => {
  it('withdraws a standing alert no rule outcome names any more', () => {
    const withdrawn = withdrawUnheldAlerts(
      [{ ruleId: 'custody-before-care-arranged', subjectKey: 'a1:children-present' }],
      [raise('custody-before-care-arranged', 'a1:c1')],
      rules,
    );
    expect(withdrawn).toEqual([
      { kind: 'withdraw-alert', ruleId: 'custody-before-care-arranged', subjectKey: 'a1:children-present', reason: WITHDRAWN_REASON },
    ]);
  });

  it.each<[string, SafeguardOutcome]>([
    ['still raised', raise('custody-before-care-arranged', 'a1')],
    [
      'a deadline still kept for it',
      {
        kind: 'schedule-deadline',
        ruleId: 'custody-before-care-arranged',
        subjectKey: 'a1',
        dueAt: at,
        causedBy: '0b7c5d8e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      },
    ],
    [
      'resolved by the rule itself',
      {
        kind: 'resolve-alert',
        ruleId: 'custody-before-care-arranged',
        subjectKey: 'a1',
        resolvedAt: at,
        lateByMinutes: 5,
        reason: 'late',
        resolvingEventIds: [],
      },
    ],
    ['its deadline cancelled', { kind: 'cancel-deadline', ruleId: 'custody-before-care-arranged', subjectKey: 'a1', reason: 'in time' }],
  ])('keeps an alert %s', (_name, outcome) => {
    expect(withdrawUnheldAlerts([{ ruleId: 'custody-before-care-arranged', subjectKey: 'a1' }], [outcome], rules)).toEqual([]);
  });

  it('leaves alerts of rules this policy does not judge (an older catalogue) alone', () => {
    expect(withdrawUnheldAlerts([{ ruleId: 'retired-rule', subjectKey: 'a1' }], [], rules)).toEqual([]);
  });

  it('does not mistake the same subject under another rule for this one', () => {
    const withdrawn = withdrawUnheldAlerts(
      [{ ruleId: 'dependants-not-asked-at-arrest', subjectKey: 'a1' }],
      [raise('custody-before-care-arranged', 'a1')],
      rules,
    );
    expect(withdrawn.map((w) => w.ruleId)).toEqual(['dependants-not-asked-at-arrest']);
  });
});
