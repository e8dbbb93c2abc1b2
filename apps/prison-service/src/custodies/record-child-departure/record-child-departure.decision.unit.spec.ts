import type { PrisonEvent } from '@safeguard/contracts';
import { evolveCustody, initialCustodyState } from '../custody.state';
import {
  aChildAdmittedWithParent,
  aChildBornInCustody,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPersonReleased,
} from '@safeguard/contracts/testing/prison-fixtures';
import { decideRecordChildDeparture, type RecordChildDeparture } from './record-child-departure.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const baby = aChildAdmittedWithParent(admitted.data, { admittedAt: '2026-03-04T09:00:00.000Z' });
const left = aChildLeftPrison(admitted.data, baby.data.childId, { leftAt: '2026-09-14T08:00:00.000Z' });
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (overrides: Partial<RecordChildDeparture['departure']> = {}): RecordChildDeparture => ({
  now: new Date('2026-09-14T12:00:00.000Z'),
  departure: { ...left.data, ...overrides },
});

describe('record that a child left prison', () => {
  describe('when the child lives in prison with her', () => {
    it('records when the child left and to whom', () => {
      expect(decideRecordChildDeparture(command(), given(admitted, baby))).toEqual([left]);
    });

    it('records the departure of a child born in custody', () => {
      const born = aChildBornInCustody(admitted.data, { bornAt: '2026-07-20T03:00:00.000Z' });
      expect(decideRecordChildDeparture(command({ childId: born.data.childId }), given(admitted, born))[0].data.childId).toBe(born.data.childId);
    });

    it.each([
      [
        'before the child came in',
        command({ leftAt: '2026-03-04T08:00:00.000Z' }),
        [{ field: 'leftAt', message: 'cannot be before the child came to live in prison' }],
      ],
      ['before her admission', command({ leftAt: '2026-03-03T08:00:00.000Z' }), [{ field: 'leftAt', message: 'cannot be before the admission' }]],
      ['in the future', command({ leftAt: '2026-09-14T12:01:00.000Z' }), [{ field: 'leftAt', message: 'cannot be in the future' }]],
    ])('refuses a departure %s, naming leftAt', (_name, departure, problems) => {
      expect(() => decideRecordChildDeparture(departure, given(admitted, baby))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems }),
      );
    });
  });

  const recordedOutside = aChildrenRecordedAtAdmission(admitted.data);
  it.each<[string, PrisonEvent[], RecordChildDeparture, string]>([
    ['no custody is admitted', [], command(), 'CUSTODY.UNKNOWN'],
    ['she was released, her children with her', [admitted, baby, aPersonReleased(admitted.data)], command(), 'CUSTODY.RELEASED'],
    ['the child never lived in prison', [admitted], command(), 'CHILD.NOT_IN_PRISON'],
    [
      'the child lives outside with family',
      [admitted, recordedOutside],
      command({ childId: recordedOutside.data.children[0].childId }),
      'CHILD.NOT_IN_PRISON',
    ],
    ['the child already left', [admitted, baby, left], command(), 'CHILD.NOT_IN_PRISON'],
  ])('refuses when %s', (_name, events, departure, code) => {
    expect(() => decideRecordChildDeparture(departure, given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
