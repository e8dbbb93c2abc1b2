import type { CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import {
  aCaseClosed,
  aCaseOpened,
  aPretrialDetentionOrdered,
  aPretrialRelease,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import { decideExtendPretrialDetention, type ExtendPretrialDetention } from './extend-pretrial-detention.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const detention = aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-05T10:00:00.000Z', detentionMonths: 4 });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (extendedAt = '2026-06-30T10:00:00.000Z', additionalMonths = 2): ExtendPretrialDetention => ({
  now: new Date('2026-07-01T08:00:00.000Z'),
  extension: { caseId: opened.data.caseId, extendedAt, judge: 'judge-1', additionalMonths },
});

describe('extend pretrial detention', () => {
  describe('when detention before trial is ordered', () => {
    it('extends it from the current end of the detention', () => {
      expect(decideExtendPretrialDetention(command(), given(opened, detention))).toEqual([
        { type: 'PretrialDetentionExtended', data: { ...command().extension, personId: opened.data.personId, until: '2026-09-05T10:00:00.000Z' } },
      ]);
    });

    it('extends it from the end an earlier extension set', () => {
      const first = decideExtendPretrialDetention(command('2026-06-30T10:00:00.000Z', 2), given(opened, detention));
      const [second] = decideExtendPretrialDetention(command('2026-07-01T07:00:00.000Z', 1), given(opened, detention, ...first));
      expect(second.data.until).toBe('2026-10-05T10:00:00.000Z');
    });

    it.each([
      ['extended in the future', command('2026-07-01T08:01:00.000Z'), [{ field: 'extendedAt', message: 'cannot be in the future' }]],
      [
        'extended before the case was opened',
        command('2026-03-01T10:00:00.000Z'),
        [{ field: 'extendedAt', message: 'cannot be before the case was opened' }],
      ],
      [
        'extended before the detention was ordered',
        command('2026-03-05T09:00:00.000Z'),
        [{ field: 'extendedAt', message: 'cannot be before the detention was ordered' }],
      ],
    ])('refuses an extension %s, naming the field', (_name, extension, problems) => {
      expect(() => decideExtendPretrialDetention(extension, given(opened, detention))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems }),
      );
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['no pretrial decision was made', [opened], 'CASE.NOT_IN_PRETRIAL_DETENTION'],
    ['she was released before trial', [opened, aPretrialRelease(opened.data)], 'CASE.NOT_IN_PRETRIAL_DETENTION'],
    ['the detention order gave no term', [opened, aPretrialDetentionOrdered(opened.data, { detentionMonths: null })], 'CASE.DETENTION_TERM_UNKNOWN'],
    ['the verdict was delivered', [opened, detention, aVerdictDelivered(opened.data)], 'CASE.ALREADY_JUDGED'],
    ['the case is closed', [opened, detention, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideExtendPretrialDetention(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
