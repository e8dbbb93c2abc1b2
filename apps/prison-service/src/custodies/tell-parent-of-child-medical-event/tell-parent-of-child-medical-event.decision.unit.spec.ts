import type { PrisonEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import {
  aChildMedicalEventRecorded,
  aChildrenRecordedAtAdmission,
  aPersonAdmitted,
  aPersonReleased,
} from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideTellParentOfChildMedicalEvent, type TellParentOfChildMedicalEvent } from './tell-parent-of-child-medical-event.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const children = aChildrenRecordedAtAdmission(admitted.data);
const sonId = children.data.children[0].childId;
const hospitalised = aChildMedicalEventRecorded(admitted.data, sonId, { occurredAt: '2026-05-02T03:15:00.000Z' });

const stateAfter = (...events: PrisonEvent[]) => fold(evolveCustody, initialCustodyState, events);
const command = (overrides: Partial<TellParentOfChildMedicalEvent['told']> = {}): TellParentOfChildMedicalEvent => ({
  told: {
    custodyId: admitted.data.custodyId,
    medicalEventId: hospitalised.data.medicalEventId,
    toldAt: '2026-05-02T09:00:00.000Z',
    toldBy: 'Prison social worker Keo Sreymom',
    ...overrides,
  },
  now: new Date('2026-05-02T12:00:00.000Z'),
});

describe('record that she was told of her child’s medical event', () => {
  it('given her son was taken to hospital, when the social worker told her, then it is recorded under the son the event names', () => {
    expect(decideTellParentOfChildMedicalEvent(command(), stateAfter(admitted, children, hospitalised))).toEqual([
      { type: 'ParentToldOfChildMedicalEvent', data: { ...command().told, personId: admitted.data.personId, childId: sonId } },
    ]);
  });

  it('given she has since been released, then the late record is still taken', () => {
    const released = aPersonReleased(admitted.data, { releasedAt: '2026-05-02T10:00:00.000Z' });
    expect(decideTellParentOfChildMedicalEvent(command(), stateAfter(admitted, children, hospitalised, released))).toHaveLength(1);
  });

  it.each<[string, string, PrisonEvent[]]>([
    ['no custody is recorded', 'CUSTODY.UNKNOWN', []],
    ['no such medical event is recorded on her custody', 'MEDICAL_EVENT.UNKNOWN', [admitted, children]],
  ])('given %s, then it is refused with %s', (_name, code, history) => {
    expect(() => decideTellParentOfChildMedicalEvent(command(), stateAfter(...history))).toThrow(
      expect.objectContaining({ code, constructor: DomainRuleViolation }),
    );
  });

  it.each([
    ['more than five minutes ahead of now', '2026-05-02T12:06:00.000Z', 'cannot be in the future'],
    ['before the event happened', '2026-05-02T03:14:00.000Z', 'cannot be before the medical event'],
  ])('when she is said to be told %s, then it is refused naming toldAt', (_name, toldAt, message) => {
    const decide = () => decideTellParentOfChildMedicalEvent(command({ toldAt }), stateAfter(admitted, children, hospitalised));
    expect(decide).toThrow(InvalidInput);
    expect(decide).toThrow(expect.objectContaining({ code: 'MEDICAL_EVENT.INVALID', problems: [{ field: 'toldAt', message }] }));
  });
});
