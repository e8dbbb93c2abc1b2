import type { PrisonEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import {
  aChildAdmittedWithParent,
  aChildLeftPrison,
  aChildrenRecordedAtAdmission,
  aMedicalEventRecorded,
  aPersonAdmitted,
  aPersonReleased,
} from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideRecordMedicalEvent, type RecordMedicalEvent } from './record-medical-event.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const children = aChildrenRecordedAtAdmission(admitted.data);
const baby = aChildAdmittedWithParent(admitted.data);
const babyId = baby.data.childId;
const { personId: _personId, ...hospitalised } = aMedicalEventRecorded(admitted.data).data;

const stateAfter = (...events: PrisonEvent[]) => fold(evolveCustody, initialCustodyState, events);
const command = (overrides: Partial<RecordMedicalEvent['medicalEvent']> = {}): RecordMedicalEvent => ({
  medicalEvent: { ...hospitalised, ...overrides },
  now: new Date('2026-06-01T12:00:00.000Z'),
});

describe('record a medical event', () => {
  describe('given she is held with her baby', () => {
    it('when she is taken to hospital, then the event is recorded as hers', () => {
      expect(decideRecordMedicalEvent(command(), stateAfter(admitted, baby))).toEqual([
        { type: 'MedicalEventRecorded', data: { ...command().medicalEvent, personId: admitted.data.personId } },
      ]);
    });

    it('when her baby falls seriously ill, then the event is recorded for the baby', () => {
      const ill = command({ childId: babyId, kind: 'serious-illness' });
      expect(decideRecordMedicalEvent(ill, stateAfter(admitted, baby))[0].data).toMatchObject({ childId: babyId, kind: 'serious-illness' });
    });
  });

  describe('refusals', () => {
    it.each<[string, string, PrisonEvent[], Partial<RecordMedicalEvent['medicalEvent']>]>([
      ['no custody is recorded', 'CUSTODY.UNKNOWN', [], {}],
      ['she was released', 'CUSTODY.RELEASED', [admitted, aPersonReleased(admitted.data)], {}],
      ['the child lives outside with her grandmother', 'CHILD.NOT_IN_PRISON', [admitted, children], { childId: children.data.children[0].childId }],
      ['the child has left prison', 'CHILD.NOT_IN_PRISON', [admitted, baby, aChildLeftPrison(admitted.data, babyId)], { childId: babyId }],
    ])('given %s, then it is refused with %s', (_name, code, history, overrides) => {
      expect(() => decideRecordMedicalEvent(command(overrides), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it.each([
      ['after now', '2026-06-01T12:00:01.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('when it is said to occur %s, then it is refused as invalid input', (_name, occurredAt, message) => {
      const decide = () => decideRecordMedicalEvent(command({ occurredAt }), stateAfter(admitted));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'MEDICAL_EVENT.INVALID', problems: [{ field: 'occurredAt', message }] }));
    });
  });
});
