import type { CourtEvent, SentenceImposed } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened, aVerdictDelivered } from '@safeguard/contracts/testing/court-fixtures';
import { decideImposeSentence, type ImposeSentence } from './impose-sentence.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const convicted = aVerdictDelivered(opened.data, 'convicted', { deliveredAt: '2026-05-12T11:00:00.000Z' });
const acquitted = aVerdictDelivered(opened.data, 'acquitted', { deliveredAt: convicted.data.deliveredAt });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (overrides: Partial<ImposeSentence['sentence']> = {}): ImposeSentence => ({
  now: new Date('2026-05-20T12:00:00.000Z'),
  sentence: {
    caseId: opened.data.caseId,
    imposedAt: '2026-05-20T10:00:00.000Z',
    custodialMonths: 24,
    suspendedMonths: 12,
    nonCustodialMeasures: ['community-service'],
    childrenWelfareConsidered: true,
    nonCustodialAlternativesConsidered: true,
    startDeferredUntil: '2026-07-01T00:00:00.000Z',
    custodyStartsAt: null,
    creditedDays: null,
    ...overrides,
  },
});
const sentenced: SentenceImposed = { type: 'SentenceImposed', data: { ...command().sentence, personId: opened.data.personId } };

describe('impose a sentence', () => {
  describe('when she was convicted and not yet sentenced', () => {
    it('records the sentence with its suspended part and deferred start', () => {
      expect(decideImposeSentence(command(), given(opened, convicted))).toEqual([sentenced]);
    });

    it('records a term counted from her arrest, with the days she was held before it credited', () => {
      const counted = command({ startDeferredUntil: null, custodyStartsAt: '2026-02-28T17:00:00.000Z', creditedDays: 81 });
      expect(decideImposeSentence(counted, given(opened, convicted))[0].data).toMatchObject({
        custodyStartsAt: '2026-02-28T17:00:00.000Z',
        creditedDays: 81,
      });
    });

    it('records a deferred term counted from its deferred start', () => {
      expect(decideImposeSentence(command({ custodyStartsAt: '2026-07-01T00:00:00.000Z' }), given(opened, convicted))[0].data.custodyStartsAt).toBe(
        '2026-07-01T00:00:00.000Z',
      );
    });

    it('records a sentence wholly suspended, starting at once', () => {
      expect(decideImposeSentence(command({ suspendedMonths: 24, startDeferredUntil: null }), given(opened, convicted))[0].data).toMatchObject({
        suspendedMonths: 24,
        startDeferredUntil: null,
      });
    });

    it.each([
      [
        'with a suspended part longer than the term',
        command({ suspendedMonths: 25 }),
        [{ field: 'suspendedMonths', message: 'cannot be longer than custodialMonths' }],
      ],
      [
        'starting before it was imposed',
        command({ startDeferredUntil: '2026-05-19T00:00:00.000Z' }),
        [{ field: 'startDeferredUntil', message: 'cannot be before imposedAt' }],
      ],
      ['imposed in the future', command({ imposedAt: '2026-05-20T12:01:00.000Z' }), [{ field: 'imposedAt', message: 'cannot be in the future' }]],
      [
        'imposed before the case was opened',
        command({ imposedAt: '2026-03-04T08:00:00.000Z', startDeferredUntil: null }),
        [{ field: 'imposedAt', message: 'cannot be before the case was opened' }],
      ],
      [
        'imposed before the verdict',
        command({ imposedAt: '2026-05-12T10:00:00.000Z' }),
        [{ field: 'imposedAt', message: 'cannot be before the verdict' }],
      ],
      [
        'counted from after the judgment, its start not deferred',
        command({ startDeferredUntil: null, custodyStartsAt: '2026-05-21T00:00:00.000Z' }),
        [{ field: 'custodyStartsAt', message: 'cannot be after imposedAt when the start is not deferred' }],
      ],
      [
        'counted from after its deferred start',
        command({ custodyStartsAt: '2026-07-02T00:00:00.000Z' }),
        [{ field: 'custodyStartsAt', message: 'cannot be after startDeferredUntil' }],
      ],
      [
        'with no prison term yet a start and credited days',
        command({ custodialMonths: 0, suspendedMonths: 0, startDeferredUntil: null, custodyStartsAt: '2026-05-20T10:00:00.000Z', creditedDays: 10 }),
        [
          { field: 'custodyStartsAt', message: 'must be absent without a prison term' },
          { field: 'creditedDays', message: 'must be absent without a prison term' },
        ],
      ],
    ])('refuses a sentence %s, naming the field', (_name, sentence, problems) => {
      expect(() => decideImposeSentence(sentence, given(opened, convicted))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['no verdict has been delivered', [opened], 'SENTENCE.WITHOUT_CONVICTION'],
    ['she was acquitted of every charge', [opened, acquitted], 'SENTENCE.WITHOUT_CONVICTION'],
    ['she was already sentenced', [opened, convicted, sentenced], 'SENTENCE.ALREADY_IMPOSED'],
    ['the case is closed', [opened, convicted, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideImposeSentence(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
