import { compareAlerts, differenceOf, type ComparedAlert } from './what-if-comparison';

const alert = (over: Partial<ComparedAlert> = {}): ComparedAlert => ({
  alertId: 'a1',
  ruleId: 'child-details-missing',
  personId: 'person-1',
  responsibleAgency: 'police',
  responsibleUnitId: 'PP-ANTI-DRUG',
  status: 'open',
  dueAt: '2026-03-02T03:00:00.000Z',
  resolution: null,
  ...over,
});

describe('the difference one alert makes between the live policy and another', () => {
  it.each([
    ['raised', 'absent live, open under the other', undefined, alert()],
    [
      'raised',
      'withdrawn live, resolved late under the other',
      alert({ status: 'withdrawn', resolution: 'withdrawn' }),
      alert({ status: 'resolved', resolution: 'fact-recorded-late' }),
    ],
    ['never-raised', 'acknowledged live, absent under the other', alert({ status: 'acknowledged' }), undefined],
    [
      'never-raised',
      'resolved live, withdrawn under the other',
      alert({ status: 'resolved', resolution: 'fact-recorded-late' }),
      alert({ status: 'withdrawn', resolution: 'withdrawn' }),
    ],
    ['resolved', 'open live, resolved late under the other', alert(), alert({ status: 'resolved', resolution: 'fact-recorded-late' })],
    ['left-open', 'resolved late live, open under the other', alert({ status: 'resolved', resolution: 'fact-recorded-late' }), alert()],
    ['due-changed', 'open under both, due 12 h sooner under the other', alert(), alert({ dueAt: '2026-03-01T15:00:00.000Z' })],
    [
      'unchanged',
      'acknowledged live, open under the other, due at the same instant',
      alert({ status: 'acknowledged' }),
      alert({ dueAt: '2026-03-02T10:00:00+07:00' }),
    ],
    // A monitor's resolution is case work, not replayed: only whether it is a miss, and when due, is compared.
    ['unchanged', 'resolved by a monitor live, open under the other', alert({ status: 'resolved', resolution: 'resolved-by-monitor' }), alert()],
    [
      'due-changed',
      'resolved by a monitor live, due sooner under the other',
      alert({ status: 'resolved', resolution: 'resolved-by-monitor' }),
      alert({ dueAt: '2026-03-01T15:00:00.000Z' }),
    ],
    ['unchanged', 'absent live, withdrawn under the other', undefined, alert({ status: 'withdrawn' })],
  ] as const)('is %s: %s', (expected, _case, live, whatIf) => {
    expect(differenceOf(live, whatIf)).toBe(expected);
  });
});

describe('comparing every alert', () => {
  const live = [
    alert({ alertId: 'kept' }),
    alert({ alertId: 'gone', ruleId: 'child-not-told', responsibleUnitId: 'BTB-PROVINCIAL' }),
    alert({ alertId: 'taken-back', status: 'withdrawn', resolution: 'withdrawn' }),
  ];
  const whatIf = [
    alert({ alertId: 'kept' }),
    alert({ alertId: 'new', dueAt: '2026-03-01T15:00:00.000Z', status: 'resolved', resolution: 'fact-recorded-late' }),
    alert({
      alertId: 'court',
      ruleId: 'hearing-not-notified',
      responsibleAgency: 'court',
      responsibleUnitId: null,
      dueAt: '2026-05-25T02:00:00.000Z',
    }),
  ];

  it('counts per rule and per responsible unit, and lists each difference with both sides', () => {
    const c = compareAlerts(live, whatIf);
    expect(c.totals).toEqual({ raised: 2, 'never-raised': 1, resolved: 0, 'left-open': 0, 'due-changed': 0, unchanged: 1 });
    expect(c.byRule.map((r) => [r.ruleId, r.counts.raised, r.counts['never-raised'], r.counts.unchanged])).toEqual([
      ['child-details-missing', 1, 0, 1],
      ['child-not-told', 0, 1, 0],
      ['hearing-not-notified', 1, 0, 0],
    ]);
    expect(c.byUnit.map((u) => [u.responsibleAgency, u.responsibleUnitId, u.counts.raised, u.counts['never-raised']])).toEqual([
      ['court', null, 1, 0],
      ['police', 'BTB-PROVINCIAL', 0, 1],
      ['police', 'PP-ANTI-DRUG', 1, 0],
    ]);
    expect(c.differences).toEqual([
      expect.objectContaining({ kind: 'raised', alertId: 'new', live: null, whatIf: { status: 'resolved', dueAt: '2026-03-01T15:00:00.000Z' } }),
      expect.objectContaining({
        kind: 'never-raised',
        alertId: 'gone',
        responsibleUnitId: 'BTB-PROVINCIAL',
        live: { status: 'open', dueAt: '2026-03-02T03:00:00.000Z' },
        whatIf: null,
      }),
      expect.objectContaining({ kind: 'raised', alertId: 'court', responsibleAgency: 'court' }),
    ]);
  });

  it('keeps only alerts either side owes within the window', () => {
    const c = compareAlerts(live, whatIf, { from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' });
    expect(c.differences.map((d) => d.alertId)).toEqual(['new']);
    expect(c.totals.unchanged).toBe(0);
    expect(compareAlerts(live, whatIf, { from: '2026-04-01T00:00:00Z' }).differences.map((d) => d.alertId)).toEqual(['court']);
  });
});
