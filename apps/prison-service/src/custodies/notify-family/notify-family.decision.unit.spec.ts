import type { PrisonEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import { aFamilyNotified, aPersonAdmitted, aPersonReleased, aReleaseScheduled } from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideNotifyFamily, type NotifyFamily } from './notify-family.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const released = aPersonReleased(admitted.data);
const { personId: _personId, ...toldOfRelease } = aFamilyNotified(admitted.data, { about: 'release', notifiedAt: released.data.releasedAt }).data;

const stateAfter = (...events: PrisonEvent[]) => fold(evolveCustody, initialCustodyState, events);
const command = (overrides: Partial<NotifyFamily['notification']> = {}): NotifyFamily => ({
  notification: { ...toldOfRelease, ...overrides },
  now: new Date('2027-04-01T12:00:00.000Z'),
});

describe('notify the family', () => {
  describe.each([
    ['given she is held', [admitted]],
    ['given her release is scheduled', [admitted, aReleaseScheduled(admitted.data)]],
    ['given she was already released', [admitted, aReleaseScheduled(admitted.data), released]],
  ])('%s', (_name, history) => {
    it('when her children’s caregiver is told of the release, then the notification is recorded', () => {
      expect(decideNotifyFamily(command(), stateAfter(...history))).toEqual([
        { type: 'FamilyNotified', data: { ...command().notification, personId: admitted.data.personId } },
      ]);
    });
  });

  describe('refusals', () => {
    it('given no custody is recorded, then it is refused with CUSTODY.UNKNOWN', () => {
      expect(() => decideNotifyFamily(command(), stateAfter())).toThrow(
        expect.objectContaining({ code: 'CUSTODY.UNKNOWN', constructor: DomainRuleViolation }),
      );
    });

    it.each([
      ['after now', '2027-04-01T12:00:01.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('when the family is said to be told %s, then it is refused as invalid input', (_name, notifiedAt, message) => {
      const decide = () => decideNotifyFamily(command({ notifiedAt }), stateAfter(admitted));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'FAMILY_NOTIFICATION.INVALID', problems: [{ field: 'notifiedAt', message }] }));
    });
  });
});
