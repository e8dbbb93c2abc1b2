import { randomUUID } from 'node:crypto';
import type { AppealFiled, CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened, aVerdictDelivered } from '@safeguard/contracts/testing/court-fixtures';
import { decideFileAppeal, type FileAppeal } from './file-appeal.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const verdict = aVerdictDelivered(opened.data, 'convicted', { deliveredAt: '2026-05-12T11:00:00.000Z' });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const appealId = randomUUID();
const command = (overrides: Partial<FileAppeal['appeal']> = {}): FileAppeal => ({
  now: new Date('2026-05-25T12:00:00.000Z'),
  appeal: {
    caseId: opened.data.caseId,
    appealId,
    filedAt: '2026-05-25T09:00:00.000Z',
    filedBy: 'prosecution',
    detainedPendingAppeal: true,
    ...overrides,
  },
});
const filed: AppealFiled = { type: 'AppealFiled', data: { ...command().appeal, personId: opened.data.personId } };

describe('file an appeal', () => {
  describe('when the verdict was delivered', () => {
    it('records the appeal and whether she stays detained while it waits', () => {
      expect(decideFileAppeal(command(), given(opened, verdict))).toEqual([filed]);
    });

    it('records a second appeal, by the other side', () => {
      expect(decideFileAppeal(command({ appealId: randomUUID(), filedBy: 'defence' }), given(opened, verdict, filed))[0].data.filedBy).toBe(
        'defence',
      );
    });

    it.each([
      ['filed in the future', command({ filedAt: '2026-05-25T12:01:00.000Z' }), [{ field: 'filedAt', message: 'cannot be in the future' }]],
      [
        'filed before the case was opened',
        command({ filedAt: '2026-03-04T08:00:00.000Z' }),
        [{ field: 'filedAt', message: 'cannot be before the case was opened' }],
      ],
      ['filed before the verdict', command({ filedAt: '2026-05-12T10:00:00.000Z' }), [{ field: 'filedAt', message: 'cannot be before the verdict' }]],
    ])('refuses an appeal %s, naming the field', (_name, appeal, problems) => {
      expect(() => decideFileAppeal(appeal, given(opened, verdict))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['no verdict has been delivered', [opened], 'APPEAL.NO_VERDICT'],
    ['the same appeal is already filed', [opened, verdict, filed], 'APPEAL.ALREADY_FILED'],
    ['the case is closed', [opened, verdict, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideFileAppeal(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
