import type { CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened, aSentenceImposed, aVerdictDelivered } from '@safeguard/contracts/testing/court-fixtures';
import { decideGrantClemency, type GrantClemency } from './grant-clemency.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const verdict = aVerdictDelivered(opened.data, 'convicted', { deliveredAt: '2026-05-12T11:00:00.000Z' });
const { caseId, personId } = opened.data;
const sentenced = aSentenceImposed(opened.data, { imposedAt: '2026-05-20T10:00:00.000Z', suspendedMonths: 0 });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (overrides: Partial<GrantClemency['clemency']> = {}): GrantClemency => ({
  now: new Date('2027-01-07T12:00:00.000Z'),
  clemency: { caseId, grantedAt: '2027-01-07T09:00:00.000Z', kind: 'sentence-reduction', reductionMonths: 6, effectiveAt: null, ...overrides },
});

describe('grant clemency', () => {
  describe('when she was sentenced', () => {
    it('records a sentence reduction with the months it takes off, in effect when granted when no later date is named', () => {
      expect(decideGrantClemency(command(), given(opened, verdict, sentenced))).toEqual([
        { type: 'ClemencyGranted', data: { ...command().clemency, personId, effectiveAt: command().clemency.grantedAt } },
      ]);
    });

    it('records an amnesty that takes effect after it was granted', () => {
      const amnesty = command({ kind: 'amnesty', reductionMonths: null, effectiveAt: '2027-01-09T00:00:00.000Z' });
      expect(decideGrantClemency(amnesty, given(opened, verdict, sentenced))[0].data).toMatchObject({
        grantedAt: '2027-01-07T09:00:00.000Z',
        effectiveAt: '2027-01-09T00:00:00.000Z',
      });
    });

    it.each([['pardon'], ['amnesty']] as const)('records a %s without months', (kind) => {
      expect(decideGrantClemency(command({ kind, reductionMonths: null }), given(opened, verdict, sentenced))[0].data).toMatchObject({
        kind,
        reductionMonths: null,
      });
    });

    it.each([
      [
        'a reduction without its months',
        command({ reductionMonths: null }),
        [{ field: 'reductionMonths', message: 'a sentence reduction needs at least 1 month' }],
      ],
      [
        'a reduction of 0 months',
        command({ reductionMonths: 0 }),
        [{ field: 'reductionMonths', message: 'a sentence reduction needs at least 1 month' }],
      ],
      ['a pardon with months', command({ kind: 'pardon' }), [{ field: 'reductionMonths', message: 'must be absent for pardon' }]],
      ['clemency in the future', command({ grantedAt: '2027-01-07T12:01:00.000Z' }), [{ field: 'grantedAt', message: 'cannot be in the future' }]],
      [
        'clemency before the case was opened',
        command({ grantedAt: '2026-03-04T08:00:00.000Z' }),
        [{ field: 'grantedAt', message: 'cannot be before the case was opened' }],
      ],
      [
        'clemency before the sentence',
        command({ grantedAt: '2026-05-19T10:00:00.000Z' }),
        [{ field: 'grantedAt', message: 'cannot be before the sentence' }],
      ],
      [
        'clemency taking effect before it was granted',
        command({ effectiveAt: '2027-01-07T08:59:00.000Z' }),
        [{ field: 'effectiveAt', message: 'cannot be before grantedAt' }],
      ],
    ])('refuses %s, naming the field', (_name, clemency, problems) => {
      expect(() => decideGrantClemency(clemency, given(opened, verdict, sentenced))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems }),
      );
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['no verdict has been delivered', [opened], 'CLEMENCY.NO_SENTENCE'],
    ['she was convicted but not yet sentenced', [opened, verdict], 'CLEMENCY.NO_SENTENCE'],
    ['the case is closed', [opened, verdict, sentenced, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideGrantClemency(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
