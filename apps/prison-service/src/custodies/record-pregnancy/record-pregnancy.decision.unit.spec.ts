import type { PrisonEvent } from '@safeguard/contracts';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { aPersonAdmitted, aPersonReleased, aPregnancyRecorded } from '@safeguard/contracts/testing/prison-fixtures';
import { decideRecordPregnancy, type RecordPregnancy } from './record-pregnancy.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const pregnancy = aPregnancyRecorded(admitted.data, { recordedAt: '2026-03-04T09:00:00.000Z', expectedDeliveryDate: '2026-07-20' });
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (overrides: Partial<RecordPregnancy['pregnancy']> = {}): RecordPregnancy => ({
  now: new Date('2026-03-04T12:00:00.000Z'),
  pregnancy: { ...pregnancy.data, ...overrides },
});

describe('record a pregnancy', () => {
  describe('when she is held', () => {
    it('records the pregnancy and the expected delivery date', () => {
      expect(decideRecordPregnancy(command(), given(admitted))).toEqual([pregnancy]);
    });

    it.each([
      ['with no delivery date known', null],
      ['with a delivery due the same day', '2026-03-04'],
    ])('records a pregnancy %s', (_name, expectedDeliveryDate) => {
      expect(decideRecordPregnancy(command({ expectedDeliveryDate }), given(admitted))[0].data.expectedDeliveryDate).toBe(expectedDeliveryDate);
    });

    it.each([
      [
        'with a delivery date already past',
        command({ expectedDeliveryDate: '2026-03-03' }),
        [{ field: 'expectedDeliveryDate', message: 'cannot be before recordedAt' }],
      ],
      [
        'before her admission',
        command({ recordedAt: '2026-03-03T08:00:00.000Z' }),
        [{ field: 'recordedAt', message: 'cannot be before the admission' }],
      ],
      ['in the future', command({ recordedAt: '2026-03-04T12:01:00.000Z' }), [{ field: 'recordedAt', message: 'cannot be in the future' }]],
    ])('refuses a pregnancy recorded %s, naming the field', (_name, recorded, problems) => {
      expect(() => decideRecordPregnancy(recorded, given(admitted))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, PrisonEvent[], string]>([
    ['no custody is admitted', [], 'CUSTODY.UNKNOWN'],
    ['she was released', [admitted, aPersonReleased(admitted.data)], 'CUSTODY.RELEASED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideRecordPregnancy(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
