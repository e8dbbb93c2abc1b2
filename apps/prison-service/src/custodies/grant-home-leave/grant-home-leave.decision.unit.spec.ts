import type { PrisonEvent } from '@safeguard/contracts';
import { aHomeLeaveGranted, aPersonAdmitted, aPersonReleased, aReturnedFromHomeLeave } from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideGrantHomeLeave, type GrantHomeLeave } from './grant-home-leave.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (overrides: Partial<GrantHomeLeave['leave']> = {}): GrantHomeLeave => ({
  now: new Date('2026-04-10T12:00:00.000Z'),
  leave: {
    custodyId: admitted.data.custodyId,
    grantedAt: '2026-04-10T09:00:00.000Z',
    leaveFrom: '2026-04-13T07:00:00.000Z',
    leaveUntil: '2026-04-16T17:00:00.000Z',
    ...overrides,
  },
});

describe('grant home leave', () => {
  describe('when she is held', () => {
    it('grants the leave', () => {
      expect(decideGrantHomeLeave(command(), given(admitted))).toEqual([
        { type: 'HomeLeaveGranted', data: { ...command().leave, personId: admitted.data.personId } },
      ]);
    });

    it('grants another leave once she is back from the last one', () => {
      const earlier = aHomeLeaveGranted(admitted.data, {
        grantedAt: '2026-03-20T09:00:00.000Z',
        leaveFrom: '2026-03-21T07:00:00.000Z',
        leaveUntil: '2026-03-23T17:00:00.000Z',
      });
      const back = aReturnedFromHomeLeave(admitted.data, { returnedAt: '2026-03-23T15:00:00.000Z' });
      expect(decideGrantHomeLeave(command(), given(admitted, earlier, back))).toHaveLength(1);
    });

    it.each([
      [
        'granted in the future',
        command({ grantedAt: '2026-04-10T12:01:00.000Z', leaveFrom: '2026-04-13T07:00:00.000Z' }),
        [{ field: 'grantedAt', message: 'cannot be in the future' }],
      ],
      [
        'granted before the admission',
        command({ grantedAt: '2026-03-03T08:59:00.000Z' }),
        [{ field: 'grantedAt', message: 'cannot be before the admission' }],
      ],
      [
        'starting before it was granted',
        command({ leaveFrom: '2026-04-10T08:00:00.000Z' }),
        [{ field: 'leaveFrom', message: 'cannot be before the leave was granted' }],
      ],
      ['ending when it starts', command({ leaveUntil: '2026-04-13T07:00:00.000Z' }), [{ field: 'leaveUntil', message: 'must be after leaveFrom' }]],
      ['ending before it starts', command({ leaveUntil: '2026-04-12T17:00:00.000Z' }), [{ field: 'leaveUntil', message: 'must be after leaveFrom' }]],
    ])('refuses a leave %s, naming the field', (_name, leave, problems) => {
      expect(() => decideGrantHomeLeave(leave, given(admitted))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, PrisonEvent[], string]>([
    ['no custody is recorded', [], 'CUSTODY.UNKNOWN'],
    [
      'she is already on home leave',
      [admitted, aHomeLeaveGranted(admitted.data, { leaveFrom: '2026-04-08T07:00:00.000Z' })],
      'CUSTODY.ON_HOME_LEAVE',
    ],
    ['she was released', [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-04-01T08:00:00.000Z' })], 'CUSTODY.RELEASED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideGrantHomeLeave(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
