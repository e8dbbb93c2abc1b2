import type { PrisonEvent } from '@safeguard/contracts';
import { aHomeLeaveGranted, aPersonAdmitted, aPersonReleased, aReleaseScheduled } from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideScheduleRelease, type ScheduleRelease } from './schedule-release.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (overrides: Partial<ScheduleRelease['schedule']> = {}): ScheduleRelease => ({
  now: new Date('2026-05-02T12:00:00.000Z'),
  schedule: { custodyId: admitted.data.custodyId, releaseOn: '2026-09-01T08:00:00.000Z', reason: 'bail', scheduledAt: null, ...overrides },
});

describe('schedule a release', () => {
  describe('when she is held', () => {
    it('schedules the release for a day ahead, scheduled now', () => {
      expect(decideScheduleRelease(command(), given(admitted))).toEqual([
        {
          type: 'ReleaseScheduled',
          data: {
            ...command().schedule,
            personId: admitted.data.personId,
            scheduledAt: '2026-05-02T12:00:00.000Z',
            scheduledAtSource: 'time-of-receipt',
          },
        },
      ]);
    });

    it('keeps when the prison says it set the release, labelled as stated by the prison', () => {
      const stated = command({ scheduledAt: '2026-05-01T09:30:00.000Z' });
      expect(decideScheduleRelease(stated, given(admitted))[0].data).toMatchObject({
        scheduledAt: '2026-05-01T09:30:00.000Z',
        scheduledAtSource: 'stated-by-agency',
      });
    });

    it('takes a prison clock up to five minutes fast as now', () => {
      expect(decideScheduleRelease(command({ scheduledAt: '2026-05-02T12:04:00.000Z' }), given(admitted))[0].data.scheduledAt).toBe(
        '2026-05-02T12:04:00.000Z',
      );
    });

    it.each([
      ['in the future', '2026-05-02T12:00:00.000Z', '2026-05-02T12:06:00.000Z', 'cannot be in the future'],
      ['after the release day', '2026-09-02T00:00:00.000Z', '2026-09-01T08:00:01.000Z', 'cannot be after the release day'],
      ['before the admission', '2026-05-02T12:00:00.000Z', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('refuses a scheduledAt %s, naming the field', (_name, now, scheduledAt, message) => {
      const stated = { ...command({ scheduledAt }), now: new Date(now) };
      expect(() => decideScheduleRelease(stated, given(admitted))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'scheduledAt', message }] }),
      );
    });

    it('schedules it again over an earlier schedule', () => {
      const earlier = aReleaseScheduled(admitted.data, { scheduledAt: '2026-04-01T08:00:00.000Z' });
      expect(decideScheduleRelease(command({ releaseOn: '2026-06-01T08:00:00.000Z' }), given(admitted, earlier))[0].data.releaseOn).toBe(
        '2026-06-01T08:00:00.000Z',
      );
    });

    it('refuses a release day before the admission, naming the field', () => {
      expect(() => decideScheduleRelease(command({ releaseOn: '2026-03-02T08:00:00.000Z' }), given(admitted))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'releaseOn', message: 'cannot be before the admission' }] }),
      );
    });
  });

  describe('when she is on home leave', () => {
    it('schedules the release all the same', () => {
      expect(decideScheduleRelease(command(), given(admitted, aHomeLeaveGranted(admitted.data)))).toHaveLength(1);
    });
  });

  it.each<[string, PrisonEvent[], string]>([
    ['no custody is recorded', [], 'CUSTODY.UNKNOWN'],
    ['she was released', [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-04-30T08:00:00.000Z' })], 'CUSTODY.RELEASED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideScheduleRelease(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
