import type { CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened } from '@safeguard/contracts/testing/court-fixtures';
import { decideScheduleHearing, type ScheduleHearing } from './schedule-hearing.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (hearingAt = '2026-05-12T08:30:00.000Z', scheduledAt: string | null = null): ScheduleHearing => ({
  now: new Date('2026-03-06T09:00:00.000Z'),
  hearing: {
    caseId: opened.data.caseId,
    hearingId: '0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10',
    kind: 'trial',
    hearingAt,
    place: 'Phnom Penh Municipal Court, room 2',
    scheduledAt,
  },
});
const withoutScheduledAt = ({ scheduledAt: _s, ...hearing }: ScheduleHearing['hearing']) => hearing;

describe('schedule a hearing', () => {
  describe('when the case is open', () => {
    it('keeps the time the court says it set the hearing, as stated by the agency', () => {
      const c = command(undefined, '2026-03-05T15:00:00.000Z');
      expect(decideScheduleHearing(c, given(opened))).toEqual([
        {
          type: 'HearingScheduled',
          data: {
            ...withoutScheduledAt(c.hearing),
            personId: opened.data.personId,
            scheduledAt: '2026-03-05T15:00:00.000Z',
            scheduledAtSource: 'stated-by-agency',
          },
        },
      ]);
    });

    it('stamps the time of receipt, and says so, when the court does not say when it set the hearing', () => {
      expect(decideScheduleHearing(command(), given(opened))).toEqual([
        {
          type: 'HearingScheduled',
          data: {
            ...withoutScheduledAt(command().hearing),
            personId: opened.data.personId,
            scheduledAt: '2026-03-06T09:00:00.000Z',
            scheduledAtSource: 'time-of-receipt',
          },
        },
      ]);
    });

    it('records a hearing already held, set on the day it was held', () => {
      const [event] = decideScheduleHearing(command('2026-03-05T08:30:00.000Z', '2026-03-05T08:30:00.000Z'), given(opened));
      expect(event.data).toMatchObject({ hearingAt: '2026-03-05T08:30:00.000Z', scheduledAt: '2026-03-05T08:30:00.000Z' });
    });

    it.each<[string, ScheduleHearing, { field: string; message: string }[]]>([
      [
        'a hearing dated before the case was opened',
        command('2026-03-04T08:59:00.000Z'),
        [{ field: 'hearingAt', message: 'cannot be before the case was opened' }],
      ],
      ['a scheduling in the future', command(undefined, '2026-03-06T09:01:00.000Z'), [{ field: 'scheduledAt', message: 'cannot be in the future' }]],
      [
        'a scheduling before the case was opened',
        command(undefined, '2026-03-04T08:00:00.000Z'),
        [{ field: 'scheduledAt', message: 'cannot be before the case was opened' }],
      ],
      [
        'a scheduling after the hearing it set',
        command('2026-03-05T08:30:00.000Z', '2026-03-05T09:00:00.000Z'),
        [{ field: 'scheduledAt', message: 'cannot be after the hearing' }],
      ],
    ])('refuses %s, naming the field', (_name, c, problems) => {
      expect(() => decideScheduleHearing(c, given(opened))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['the case is closed', [opened, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideScheduleHearing(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
