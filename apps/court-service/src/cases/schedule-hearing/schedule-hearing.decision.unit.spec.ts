import type { CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened } from '../../../../../libs/contracts/src/testing/court-fixtures';
import { decideScheduleHearing, type ScheduleHearing } from './schedule-hearing.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (hearingAt = '2026-05-12T08:30:00.000Z'): ScheduleHearing => ({
  now: new Date('2026-03-06T09:00:00.000Z'),
  hearing: { caseId: opened.data.caseId, hearingId: '0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10', kind: 'trial', hearingAt, place: 'Phnom Penh Municipal Court, room 2' },
});

describe('schedule a hearing', () => {
  describe('when the case is open', () => {
    it('schedules the hearing now for its date ahead', () => {
      expect(decideScheduleHearing(command(), given(opened))).toEqual([
        { type: 'HearingScheduled', data: { ...command().hearing, personId: opened.data.personId, scheduledAt: '2026-03-06T09:00:00.000Z', scheduledAtSource: 'time-of-receipt' } },
      ]);
    });

    it('records a hearing already held, dated after the case was opened', () => {
      expect(decideScheduleHearing(command('2026-03-05T08:30:00.000Z'), given(opened))[0].data.hearingAt).toBe('2026-03-05T08:30:00.000Z');
    });

    it('refuses a hearing dated before the case was opened, naming hearingAt', () => {
      expect(() => decideScheduleHearing(command('2026-03-04T08:59:00.000Z'), given(opened))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'hearingAt', message: 'cannot be before the case was opened' }] }),
      );
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['the case is closed', [opened, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideScheduleHearing(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
