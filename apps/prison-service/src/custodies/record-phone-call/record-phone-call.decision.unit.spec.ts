import type { PrisonEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import { aChildrenRecordedAtAdmission, aPersonAdmitted, aPersonReleased, aPhoneCallMade } from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideRecordPhoneCall, type RecordPhoneCall } from './record-phone-call.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const children = aChildrenRecordedAtAdmission(admitted.data);
const childIds = children.data.children.map((c) => c.childId);
const unknownChildId = '0b3f5e1c-52a4-4f0e-9a53-6d2c9d7f1a10';
const { personId: _personId, ...callHome } = aPhoneCallMade(admitted.data, childIds).data;

const stateAfter = (...events: PrisonEvent[]) => fold(evolveCustody, initialCustodyState, events);
const command = (overrides: Partial<RecordPhoneCall['call']> = {}): RecordPhoneCall => ({
  call: { ...callHome, ...overrides },
  now: new Date('2026-04-01T12:00:00.000Z'),
});

describe('record a phone call', () => {
  describe('given she is held with her children recorded', () => {
    it('when she calls her children, then the call is recorded with what it cost', () => {
      expect(decideRecordPhoneCall(command(), stateAfter(admitted, children))).toEqual([
        { type: 'PhoneCallMade', data: { ...command().call, personId: admitted.data.personId } },
      ]);
    });

    it('when she calls an adult only, free of charge, then the call is recorded with no children', () => {
      expect(decideRecordPhoneCall(command({ childIds: [], cost: null }), stateAfter(admitted))[0].data).toMatchObject({ childIds: [], cost: null });
    });
  });

  describe('refusals', () => {
    it.each<[string, string, PrisonEvent[], Partial<RecordPhoneCall['call']>]>([
      ['no custody is recorded', 'CUSTODY.UNKNOWN', [], {}],
      ['she was released', 'CUSTODY.RELEASED', [admitted, children, aPersonReleased(admitted.data)], {}],
      ['one of the children is not known to the prison', 'CHILD.UNKNOWN', [admitted, children], { childIds: [childIds[0], unknownChildId] }],
    ])('given %s, then it is refused with %s', (_name, code, history, overrides) => {
      expect(() => decideRecordPhoneCall(command(overrides), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it('names only the children the prison does not know', () => {
      expect(() => decideRecordPhoneCall(command({ childIds: [childIds[0], unknownChildId] }), stateAfter(admitted, children))).toThrow(
        expect.objectContaining({ details: { childIds: [unknownChildId] } }),
      );
    });

    it.each([
      ['after now', '2026-04-01T12:00:01.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('when a call is dated %s, then it is refused as invalid input', (_name, calledAt, message) => {
      const decide = () => decideRecordPhoneCall(command({ calledAt }), stateAfter(admitted, children));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'PHONE_CALL.INVALID', problems: [{ field: 'calledAt', message }] }));
    });
  });
});
