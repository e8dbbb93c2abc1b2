import type { PrisonEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import {
  aChildAdmittedWithParent,
  aChildMedicalEventRecorded,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPersonReleased,
} from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideRecordChildMedicalEvent, type RecordChildMedicalEvent } from './record-child-medical-event.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const children = aChildrenRecordedAtAdmission(admitted.data);
const sonId = children.data.children[0].childId;
const baby = aChildAdmittedWithParent(admitted.data);
const { personId: _personId, ...dengue } = aChildMedicalEventRecorded(admitted.data, sonId, { occurredAt: '2026-05-02T03:15:00.000Z' }).data;

const stateAfter = (...events: PrisonEvent[]) => fold(evolveCustody, initialCustodyState, events);
const command = (overrides: Partial<RecordChildMedicalEvent['medicalEvent']> = {}): RecordChildMedicalEvent => ({
  medicalEvent: { ...dengue, ...overrides },
  now: new Date('2026-05-02T12:00:00.000Z'),
});

describe('record a medical event of her child outside prison', () => {
  describe('given she is held and her son lives with his grandmother', () => {
    it('when he is taken to hospital, then the event is recorded as his, under her custody', () => {
      expect(decideRecordChildMedicalEvent(command(), stateAfter(admitted, children))).toEqual([
        { type: 'ChildMedicalEventRecorded', data: { ...command().medicalEvent, personId: admitted.data.personId } },
      ]);
    });

    it('when the prison clock runs four minutes fast, then it is taken as now', () => {
      expect(decideRecordChildMedicalEvent(command({ occurredAt: '2026-05-02T12:04:00.000Z' }), stateAfter(admitted, children))).toHaveLength(1);
    });
  });

  describe('refusals', () => {
    it.each<[string, string, PrisonEvent[], Partial<RecordChildMedicalEvent['medicalEvent']>]>([
      ['no custody is recorded', 'CUSTODY.UNKNOWN', [], {}],
      ['she was released', 'CUSTODY.RELEASED', [admitted, children, aPersonReleased(admitted.data)], {}],
      ['the prison knows no such child', 'CHILD.UNKNOWN', [admitted], {}],
      ['the child lives in prison with her', 'CHILD.IN_PRISON', [admitted, baby], { childId: baby.data.childId }],
    ])('given %s, then it is refused with %s', (_name, code, history, overrides) => {
      expect(() => decideRecordChildMedicalEvent(command(overrides), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it.each([
      ['more than five minutes ahead of now', '2026-05-02T12:06:00.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('when it is said to occur %s, then it is refused naming occurredAt', (_name, occurredAt, message) => {
      const decide = () => decideRecordChildMedicalEvent(command({ occurredAt }), stateAfter(admitted, children));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'MEDICAL_EVENT.INVALID', problems: [{ field: 'occurredAt', message }] }));
    });
  });
});
