import type { ArrestEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideGiveFamilyContact, type GiveFamilyContact } from './give-family-contact.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const screening = aDependantsScreening(arrest.data);
const childId = screening.data.children[0].childId;
const strangerId = '6f1c1a52-8a43-4c55-9c55-2a3e7b0c9d11';

const stateAfter = (...events: ArrestEvent[]) => fold(evolveArrest, initialArrestState, events);
const command = (overrides: Partial<GiveFamilyContact['contact']> = {}): GiveFamilyContact => ({
  contact: {
    arrestId: arrest.data.arrestId,
    contactedAt: '2026-03-01T22:15:00.000Z',
    method: 'phone',
    contactedName: 'Sok Mealea',
    contactedRelation: 'grandparent',
    childIds: [childId],
    ...overrides,
  },
  now: new Date('2026-03-02T08:00:00.000Z'),
});

describe('give family contact', () => {
  describe('given a child recorded with her consent', () => {
    it.each([
      ['about that child', [childId]],
      ['about no child in particular', []],
    ])('when she reaches the caregiver %s, then the contact is recorded for her', (_name, childIds) => {
      expect(decideGiveFamilyContact(command({ childIds }), stateAfter(arrest, screening))).toEqual([
        { type: 'FamilyContactGiven', data: { ...command({ childIds }).contact, personId: arrest.data.person.personId } },
      ]);
    });
  });

  describe('refusals', () => {
    it.each<[string, string, ArrestEvent[], string[]]>([
      ['the arrest is not recorded', 'ARREST.UNKNOWN', [], [childId]],
      ['a child not on the record is named', 'CHILD.NOT_ON_RECORD', [arrest, screening], [childId, strangerId]],
      [
        'she declined to give the children’s details and a child is named',
        'CHILD.NOT_ON_RECORD',
        [arrest, aDependantsScreening(arrest.data, { consentToRecordChildDetails: false, children: [] })],
        [childId],
      ],
    ])('given %s, then it is refused with %s', (_name, code, history, childIds) => {
      expect(() => decideGiveFamilyContact(command({ childIds }), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it('names only the children not on the record', () => {
      expect(() => decideGiveFamilyContact(command({ childIds: [childId, strangerId] }), stateAfter(arrest, screening))).toThrow(
        expect.objectContaining({ details: { childIds: [strangerId] } }),
      );
    });

    it.each([
      ['after now', '2026-03-02T08:00:01.000Z', 'cannot be in the future'],
      ['before the arrest', '2026-03-01T20:00:00.000Z', 'cannot be before the arrest'],
    ])('when contact is said to be %s, then it is refused as invalid input', (_name, contactedAt, message) => {
      const decide = () => decideGiveFamilyContact(command({ contactedAt }), stateAfter(arrest, screening));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'FAMILY_CONTACT.INVALID', problems: [{ field: 'contactedAt', message }] }));
    });
  });
});
