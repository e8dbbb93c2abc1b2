import type { PrisonEvent } from '@safeguard/contracts';
import { aHomeLeaveGranted, aPersonAdmitted, aPersonReleased, aReturnedFromHomeLeave } from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideReturnFromHomeLeave, type ReturnFromHomeLeave } from './return-from-home-leave.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const onLeave = aHomeLeaveGranted(admitted.data, {
  grantedAt: '2026-04-10T09:00:00.000Z',
  leaveFrom: '2026-04-13T07:00:00.000Z',
  leaveUntil: '2026-04-16T17:00:00.000Z',
});
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (returnedAt = '2026-04-16T15:00:00.000Z'): ReturnFromHomeLeave => ({
  now: new Date('2026-04-17T08:00:00.000Z'),
  homecoming: { custodyId: admitted.data.custodyId, returnedAt },
});

describe('return from home leave', () => {
  describe('when she is on home leave', () => {
    it('records her return', () => {
      expect(decideReturnFromHomeLeave(command(), given(admitted, onLeave))).toEqual([
        { type: 'ReturnedFromHomeLeave', data: { ...command().homecoming, personId: admitted.data.personId } },
      ]);
    });

    it('records a late return as it happened', () => {
      expect(decideReturnFromHomeLeave(command('2026-04-17T07:00:00.000Z'), given(admitted, onLeave))[0].data.returnedAt).toBe(
        '2026-04-17T07:00:00.000Z',
      );
    });

    it.each([
      ['in the future', '2026-04-17T08:01:00.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('refuses a return %s, naming the field', (_name, returnedAt, message) => {
      expect(() => decideReturnFromHomeLeave(command(returnedAt), given(admitted, onLeave))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'returnedAt', message }] }),
      );
    });
  });

  it.each<[string, PrisonEvent[], string]>([
    ['no custody is recorded', [], 'CUSTODY.UNKNOWN'],
    ['she is held, not on leave', [admitted], 'CUSTODY.NOT_ON_HOME_LEAVE'],
    [
      'she is already back',
      [admitted, onLeave, aReturnedFromHomeLeave(admitted.data, { returnedAt: '2026-04-16T15:00:00.000Z' })],
      'CUSTODY.NOT_ON_HOME_LEAVE',
    ],
    ['she was released', [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-04-01T08:00:00.000Z' })], 'CUSTODY.RELEASED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideReturnFromHomeLeave(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
