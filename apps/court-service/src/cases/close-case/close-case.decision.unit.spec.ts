import type { CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened, aVerdictDelivered } from '@safeguard/contracts/testing/court-fixtures';
import { decideCloseCase, type CloseCase } from './close-case.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const verdict = aVerdictDelivered(opened.data, 'convicted', { deliveredAt: '2026-05-12T11:00:00.000Z' });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (closedAt = '2026-06-01T09:00:00.000Z'): CloseCase => ({
  now: new Date('2026-06-01T12:00:00.000Z'),
  closure: { caseId: opened.data.caseId, closedAt, reason: 'Acquitted of every charge' },
});

describe('close a case', () => {
  describe('when the case is open', () => {
    it('records the closing and its reason', () => {
      expect(decideCloseCase(command(), given(opened, verdict))).toEqual([
        { type: 'CaseClosed', data: { ...command().closure, personId: opened.data.personId } },
      ]);
    });

    it.each([
      ['in the future', command('2026-06-01T12:01:00.000Z'), [{ field: 'closedAt', message: 'cannot be in the future' }]],
      ['before the case was opened', command('2026-03-04T08:00:00.000Z'), [{ field: 'closedAt', message: 'cannot be before the case was opened' }]],
    ])('refuses a closing %s, naming the field', (_name, closure, problems) => {
      expect(() => decideCloseCase(closure, given(opened))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['the case is already closed', [opened, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideCloseCase(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
