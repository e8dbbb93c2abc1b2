import type { PrisonEvent } from '@safeguard/contracts';
import { evolveCustody, initialCustodyState } from '../custody.state';
import {
  aChildBornInCustody,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPersonReleased,
  aPregnancyRecorded,
} from '@safeguard/contracts/testing/prison-fixtures';
import { decideRecordBirth, type RecordBirth } from './record-birth.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const born = aChildBornInCustody(admitted.data, { bornAt: '2026-07-19T03:40:00.000Z' });
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (overrides: Partial<RecordBirth['birth']> = {}): RecordBirth => ({
  now: new Date('2026-07-19T12:00:00.000Z'),
  birth: { ...born.data, ...overrides },
});

describe('record a birth in custody', () => {
  describe('when she is held', () => {
    it('records the birth after her pregnancy was recorded', () => {
      expect(decideRecordBirth(command(), given(admitted, aPregnancyRecorded(admitted.data)))).toEqual([born]);
    });

    it('records a birth even when no pregnancy was recorded', () => {
      expect(decideRecordBirth(command(), given(admitted))).toEqual([born]);
    });

    it.each([
      ['before her admission', command({ bornAt: '2026-03-03T08:00:00.000Z' }), [{ field: 'bornAt', message: 'cannot be before the admission' }]],
      ['in the future', command({ bornAt: '2026-07-19T12:01:00.000Z' }), [{ field: 'bornAt', message: 'cannot be in the future' }]],
    ])('refuses a birth %s, naming bornAt', (_name, birth, problems) => {
      expect(() => decideRecordBirth(birth, given(admitted))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  const recorded = aChildrenRecordedAtAdmission(admitted.data);
  it.each<[string, PrisonEvent[], RecordBirth, string]>([
    ['no custody is admitted', [], command(), 'CUSTODY.UNKNOWN'],
    ['she was released', [admitted, aPersonReleased(admitted.data)], command(), 'CUSTODY.RELEASED'],
    [
      'the child is already recorded on the custody',
      [admitted, recorded],
      command({ childId: recorded.data.children[0].childId }),
      'CHILD.ALREADY_KNOWN',
    ],
    ['the child was already born', [admitted, born], command(), 'CHILD.ALREADY_KNOWN'],
  ])('refuses when %s', (_name, events, birth, code) => {
    expect(() => decideRecordBirth(birth, given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
