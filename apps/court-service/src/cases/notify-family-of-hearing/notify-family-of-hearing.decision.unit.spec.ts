import type { CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened, aHearingScheduled } from '@safeguard/contracts/testing/court-fixtures';
import { decideNotifyFamilyOfHearing, type NotifyFamilyOfHearing } from './notify-family-of-hearing.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const hearing = aHearingScheduled(opened.data, { scheduledAt: '2026-03-06T09:00:00.000Z', hearingAt: '2026-05-12T08:30:00.000Z' });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (overrides: Partial<NotifyFamilyOfHearing['notification']> = {}): NotifyFamilyOfHearing => ({
  now: new Date('2026-03-06T12:00:00.000Z'),
  notification: {
    caseId: opened.data.caseId,
    hearingId: hearing.data.hearingId,
    notifiedAt: '2026-03-06T10:15:00.000Z',
    notifiedPerson: 'Sok Mealea (grandmother)',
    method: 'phone',
    ...overrides,
  },
});

describe('notify the family of a hearing', () => {
  describe('when the hearing is scheduled in the case', () => {
    it('records who was told, when and how', () => {
      expect(decideNotifyFamilyOfHearing(command(), given(opened, hearing))).toEqual([
        { type: 'FamilyNotifiedOfHearing', data: { ...command().notification, personId: opened.data.personId } },
      ]);
    });

    it.each([
      ['told in the future', command({ notifiedAt: '2026-03-06T12:01:00.000Z' }), [{ field: 'notifiedAt', message: 'cannot be in the future' }]],
      [
        'told before the case was opened',
        command({ notifiedAt: '2026-03-03T10:00:00.000Z' }),
        [{ field: 'notifiedAt', message: 'cannot be before the case was opened' }],
      ],
    ])('refuses a notification %s, naming the field', (_name, notification, problems) => {
      expect(() => decideNotifyFamilyOfHearing(notification, given(opened, hearing))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems }),
      );
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['the hearing is not scheduled in the case', [opened], 'HEARING.UNKNOWN'],
    ['only another hearing is scheduled in the case', [opened, aHearingScheduled(opened.data)], 'HEARING.UNKNOWN'],
    ['the case is closed', [opened, hearing, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideNotifyFamilyOfHearing(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
