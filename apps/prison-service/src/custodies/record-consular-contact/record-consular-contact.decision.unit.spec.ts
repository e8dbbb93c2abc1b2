import type { PrisonEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import { aConsularContactRecorded, aPersonAdmitted, aPersonReleased, aPrisonerTransferred } from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideRecordConsularContact, type RecordConsularContact } from './record-consular-contact.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z', nationality: 'VN' });
const { personId: _personId, ...offered } = aConsularContactRecorded(admitted.data).data;

const stateAfter = (...events: PrisonEvent[]) => fold(evolveCustody, initialCustodyState, events);
const command = (overrides: Partial<RecordConsularContact['contact']> = {}): RecordConsularContact => ({
  contact: { ...offered, ...overrides },
  now: new Date('2026-04-01T12:00:00.000Z'),
});

describe('record consular contact', () => {
  describe.each([
    ['given a foreign national is held', [admitted]],
    ['given she was transferred', [admitted, aPrisonerTransferred(admitted.data, { transferredAt: '2026-03-20T09:00:00.000Z' })]],
  ])('%s', (_name, history) => {
    it.each(['offered', 'made', 'declined'] as const)('when contact with her embassy is %s, then it is recorded', (kind) => {
      expect(decideRecordConsularContact(command({ kind }), stateAfter(...history))).toEqual([
        { type: 'ConsularContactRecorded', data: { ...command({ kind }).contact, personId: admitted.data.personId } },
      ]);
    });
  });

  describe('refusals', () => {
    it.each<[string, string, PrisonEvent[]]>([
      ['no custody is recorded', 'CUSTODY.UNKNOWN', []],
      ['she was released', 'CUSTODY.RELEASED', [admitted, aPersonReleased(admitted.data)]],
    ])('given %s, then it is refused with %s', (_name, code, history) => {
      expect(() => decideRecordConsularContact(command(), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it.each([
      ['after now', '2026-04-01T12:00:01.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('when it is said to be recorded %s, then it is refused as invalid input', (_name, recordedAt, message) => {
      const decide = () => decideRecordConsularContact(command({ recordedAt }), stateAfter(admitted));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'CONSULAR_CONTACT.INVALID', problems: [{ field: 'recordedAt', message }] }));
    });
  });
});
