import { compareAlerts, type ComparedAlert } from './what-if-comparison';
import { DIFFERENCES_LISTED, whatIfReport } from './what-if-report';
import type { WhatIfRun } from './what-if-run';

const alert = (n: number, over: Partial<ComparedAlert> = {}): ComparedAlert => ({
  alertId: `alert-${String(n).padStart(3, '0')}`,
  ruleId: 'no-consular-contact',
  personId: `person-${n}`,
  responsibleAgency: 'police',
  responsibleUnitId: 'PP-ANTI-DRUG',
  status: 'open',
  dueAt: '2027-05-12T05:00:00.000Z',
  resolution: null,
  ...over,
});

function run(live: ComparedAlert[], whatIf: ComparedAlert[], window: { from?: string; to?: string } = {}): WhatIfRun {
  return {
    policyId: 'us-ca.v2',
    livePolicyId: 'kh-licadho-2015.v2',
    timeZone: 'Asia/Phnom_Penh',
    locale: 'en-GB',
    computedAt: '2027-06-01T00:16:00.000Z',
    history: {
      transport: 'kafka',
      topics: ['justice.arrest.events.v1'],
      messages: 22,
      facts: 21,
      people: 4,
      failed: 1,
      firstFactAt: '2027-05-11T02:00:00.000Z',
      lastFactAt: '2027-05-24T18:00:00.000Z',
      from: window.from ?? null,
      to: window.to ?? null,
    },
    comparison: compareAlerts(live, whatIf, window),
  };
}

describe('the what-if report a person reads', () => {
  it('says what was replayed, when, and every time in the live jurisdiction’s zone', () => {
    const text = whatIfReport(run([], [alert(1)], { from: '2027-05-01T00:00:00+07:00' }));
    expect(text.split('\n').slice(0, 3)).toEqual([
      'What-if: policy us-ca.v2 against the live kh-licadho-2015.v2, judged at 1 Jun 2027, 07:16 GMT+7 (times in Asia/Phnom_Penh)',
      'History: topics justice.arrest.events.v1; 22 messages, 21 facts of 4 people (1 skipped), from 11 May 2027, 09:00 GMT+7 to 25 May 2027, 01:00 GMT+7',
      'Deadlines compared: from 1 May 2027, 00:00 GMT+7 to the end',
    ]);
    expect(text).toContain(
      'no-consular-contact · police PP-ANTI-DRUG · person-1: would be raised (live: none; what-if: open, due 12 May 2027, 12:00 GMT+7) alert alert-001',
    );
  });

  it('tabulates per rule and per unit with a total row', () => {
    const text = whatIfReport(
      run([alert(1), alert(2, { ruleId: 'child-not-told', responsibleUnitId: null })], [alert(1, { dueAt: '2027-05-15T03:00:00.000Z' })]),
    );
    expect(text).toContain(
      [
        'rule                 raised  resolved  never raised  left open  due changed  same',
        '-------------------  ------  --------  ------------  ---------  -----------  ----',
        'child-not-told            0         0             1          0            0     0',
        'no-consular-contact       0         0             0          0            1     0',
        'total                     0         0             1          0            1     0',
      ].join('\n'),
    );
    expect(text).toMatch(/^police PP-ANTI-DRUG\s+0\s+0\s+0\s+0\s+1\s+0$/m);
    expect(text).toMatch(/^police\s+0\s+0\s+1\s+0\s+0\s+0$/m);
  });

  it('lists the first differences and leaves the rest to --json, or says none differs', () => {
    const many = Array.from({ length: DIFFERENCES_LISTED + 5 }, (_, i) => alert(i));
    expect(whatIfReport(run([], many))).toContain('… and 5 more (--json lists every one)');
    expect(whatIfReport(run([alert(1)], [alert(1)]))).toContain('No alert differs.');
  });
});
