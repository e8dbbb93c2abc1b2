import type { PrisonEvent } from '@safeguard/contracts';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { aChildAdmittedWithParent, aChildLeftPrison, aPersonAdmitted, aPersonReleased } from '@safeguard/contracts/testing/prison-fixtures';
import { decideAdmitChildWithParent, type AdmitChildWithParent } from './admit-child-with-parent.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const baby = aChildAdmittedWithParent(admitted.data, { admittedAt: '2026-03-03T10:00:00.000Z' });
const command = (overrides: Partial<AdmitChildWithParent['child']> = {}): AdmitChildWithParent => ({
  now: new Date('2026-03-10T12:00:00.000Z'),
  child: { ...baby.data, ...overrides },
});

describe('admit a child with her', () => {
  describe('when she is held', () => {
    it('records that her baby lives in prison with her', () => {
      expect(decideAdmitChildWithParent(command(), given(admitted))).toEqual([{ type: 'ChildAdmittedWithParent', data: baby.data }]);
    });

    it('takes back a child who left and returns', () => {
      const left = aChildLeftPrison(admitted.data, baby.data.childId, { leftAt: '2026-03-03T11:00:00.000Z' });
      expect(decideAdmitChildWithParent(command({ admittedAt: '2026-03-03T11:30:00.000Z' }), given(admitted, baby, left))).toHaveLength(1);
    });

    it.each([
      ['born in the future', command({ dateOfBirth: '2026-03-11' }), [{ field: 'dateOfBirth', message: 'cannot be in the future' }]],
      [
        'born after coming in',
        command({ admittedAt: '2026-03-04T10:00:00.000Z', dateOfBirth: '2026-03-05' }),
        [{ field: 'dateOfBirth', message: 'cannot be after the child was admitted; record a birth in custody instead' }],
      ],
      [
        'admitted before her',
        command({ admittedAt: '2026-03-03T08:00:00.000Z' }),
        [{ field: 'admittedAt', message: 'cannot be before the admission' }],
      ],
      ['admitted in the future', command({ admittedAt: '2026-03-10T12:01:00.000Z' }), [{ field: 'admittedAt', message: 'cannot be in the future' }]],
    ])('refuses a child %s, naming the field', (_name, admission, problems) => {
      expect(() => decideAdmitChildWithParent(admission, given(admitted))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, PrisonEvent[], string]>([
    ['no custody is admitted', [], 'CUSTODY.UNKNOWN'],
    ['she was released', [admitted, aPersonReleased(admitted.data)], 'CUSTODY.RELEASED'],
    ['the child already lives in prison with her', [admitted, baby], 'CHILD.ALREADY_IN_PRISON'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideAdmitChildWithParent(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
