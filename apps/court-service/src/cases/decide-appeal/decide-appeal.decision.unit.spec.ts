import type { AppealDecided, CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened, anAppealFiled, aVerdictDelivered } from '@safeguard/contracts/testing/court-fixtures';
import { decideDecideAppeal, type DecideAppeal } from './decide-appeal.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const verdict = aVerdictDelivered(opened.data, 'convicted', { deliveredAt: '2026-05-12T11:00:00.000Z' });
const { caseId, personId } = opened.data;
const filed = anAppealFiled(opened.data, { filedAt: '2026-05-25T09:00:00.000Z', filedBy: 'prosecution' });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (overrides: Partial<DecideAppeal['decision']> = {}): DecideAppeal => ({
  now: new Date('2026-08-10T12:00:00.000Z'),
  decision: {
    caseId,
    appealId: filed.data.appealId,
    decidedAt: '2026-08-10T10:00:00.000Z',
    outcome: 'sentence-changed',
    newCustodialMonths: 18,
    ...overrides,
  },
});
const decided: AppealDecided = { type: 'AppealDecided', data: { ...command().decision, personId } };

describe('decide an appeal', () => {
  describe('when the appeal is filed and waiting', () => {
    it('records a changed sentence with its new term', () => {
      expect(decideDecideAppeal(command(), given(opened, verdict, filed))).toEqual([decided]);
    });

    it.each([['dismissed'], ['conviction-overturned']] as const)('records an appeal %s without a term', (outcome) => {
      expect(decideDecideAppeal(command({ outcome, newCustodialMonths: null }), given(opened, verdict, filed))[0].data).toMatchObject({
        outcome,
        newCustodialMonths: null,
      });
    });

    it.each([
      [
        'a changed sentence without its new term',
        command({ newCustodialMonths: null }),
        [{ field: 'newCustodialMonths', message: 'a changed sentence needs its new term' }],
      ],
      [
        'a dismissal with a new term',
        command({ outcome: 'dismissed' }),
        [{ field: 'newCustodialMonths', message: 'must be absent when the appeal is dismissed' }],
      ],
      ['a decision in the future', command({ decidedAt: '2026-08-10T12:01:00.000Z' }), [{ field: 'decidedAt', message: 'cannot be in the future' }]],
      [
        'a decision before the case was opened',
        command({ decidedAt: '2026-03-04T08:00:00.000Z' }),
        [{ field: 'decidedAt', message: 'cannot be before the case was opened' }],
      ],
      [
        'a decision before the appeal was filed',
        command({ decidedAt: '2026-05-24T09:00:00.000Z' }),
        [{ field: 'decidedAt', message: 'cannot be before the appeal was filed' }],
      ],
    ])('refuses %s, naming the field', (_name, decision, problems) => {
      expect(() => decideDecideAppeal(decision, given(opened, verdict, filed))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['no such appeal is filed', [opened, verdict], 'APPEAL.UNKNOWN'],
    ['the appeal is already decided', [opened, verdict, filed, decided], 'APPEAL.ALREADY_DECIDED'],
    ['the case is closed', [opened, verdict, filed, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideDecideAppeal(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
