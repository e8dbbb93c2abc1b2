import type { PrisonEvent } from '@safeguard/contracts';
import {
  aChildAdmittedWithParent,
  aHomeLeaveGranted,
  aPersonAdmitted,
  aPersonReleased,
  aReturnedFromHomeLeave,
} from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideReleasePerson, type ReleasePerson } from './release-person.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const onLeave = aHomeLeaveGranted(admitted.data);
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (releasedAt = '2026-05-02T08:30:00.000Z'): ReleasePerson => ({
  now: new Date('2026-05-02T12:00:00.000Z'),
  release: { custodyId: admitted.data.custodyId, releasedAt, releasedTo: 'Sok Mealea (her mother)' },
});

describe('release a person', () => {
  describe('when she is held', () => {
    it('records her release', () => {
      expect(decideReleasePerson(command(), given(admitted))).toEqual([
        { type: 'PersonReleased', data: { ...command().release, personId: admitted.data.personId } },
      ]);
    });

    it('releases her once she is back from home leave', () => {
      expect(decideReleasePerson(command(), given(admitted, onLeave, aReturnedFromHomeLeave(admitted.data)))).toHaveLength(1);
    });

    it('releases her with the baby living with her', () => {
      expect(decideReleasePerson(command(), given(admitted, aChildAdmittedWithParent(admitted.data)))).toHaveLength(1);
    });

    it.each([
      ['in the future', '2026-05-02T12:01:00.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('refuses a release %s, naming the field', (_name, releasedAt, message) => {
      expect(() => decideReleasePerson(command(releasedAt), given(admitted))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'releasedAt', message }] }),
      );
    });
  });

  it.each<[string, PrisonEvent[], string]>([
    ['no custody is recorded', [], 'CUSTODY.UNKNOWN'],
    ['she was already released', [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-04-30T08:00:00.000Z' })], 'CUSTODY.RELEASED'],
    ['she is on home leave', [admitted, onLeave], 'CUSTODY.ON_HOME_LEAVE'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideReleasePerson(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
