import type { ArrestEvent, Caregiver } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import { aDependantsScreening, anArrestMade, takenIntoPoliceCustody } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideMakeCareArrangement, type MakeCareArrangement } from './make-care-arrangement.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const screening = aDependantsScreening(arrest.data, { askedAt: '2026-03-01T21:10:00.000Z' });
const childId = screening.data.children[0].childId;
const grandmother: Caregiver = { name: 'Sok Mealea', relation: 'grandparent', ageYears: 61, contact: '+855 12 345 678' };
const takenIntoCustody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T22:00:00.000Z' });

const stateAfter = (...events: ArrestEvent[]) => fold(evolveArrest, initialArrestState, events);
const command = (overrides: Partial<MakeCareArrangement['arrangement']> = {}, now = '2026-03-02T08:00:00.000Z'): MakeCareArrangement => ({
  arrangement: {
    arrestId: arrest.data.arrestId,
    childId,
    arrangedAt: '2026-03-01T21:20:00.000Z',
    caregiver: grandmother,
    chosenByParent: true,
    ...overrides,
  },
  now: new Date(now),
});

describe('make a care arrangement', () => {
  describe('given a child recorded with her consent and no custody yet', () => {
    it('when the arrangement is made, then it is recorded as made before custody, for her', () => {
      expect(decideMakeCareArrangement(command(), stateAfter(arrest, screening))).toEqual([
        {
          type: 'CareArrangementMade',
          data: { ...command().arrangement, personId: arrest.data.person.personId, madeBeforeCustody: true },
        },
      ]);
    });
  });

  describe('given she was taken into police custody at 22:00', () => {
    it.each([
      ['arranged at 21:20, before custody', true, '2026-03-01T21:20:00.000Z'],
      ['arranged at 22:00, as she was taken in', false, '2026-03-01T22:00:00.000Z'],
      ['arranged at 23:30, from the station', false, '2026-03-01T23:30:00.000Z'],
    ])('when %s, then madeBeforeCustody is %s', (_name, before, arrangedAt) => {
      const [event] = decideMakeCareArrangement(command({ arrangedAt }), stateAfter(arrest, screening, takenIntoCustody));
      expect(event.data.madeBeforeCustody).toBe(before);
    });
  });

  describe('given an older sibling is to look after the child', () => {
    it('when the age is given, then the arrangement is recorded', () => {
      const sibling: Caregiver = { name: 'Dara', relation: 'older-sibling', ageYears: 16, contact: null };
      expect(decideMakeCareArrangement(command({ caregiver: sibling }), stateAfter(arrest, screening))[0].data.caregiver).toEqual(sibling);
    });
  });

  describe('refusals', () => {
    it.each<[string, string, ArrestEvent[]]>([
      ['the arrest is not recorded', 'ARREST.UNKNOWN', []],
      ['the child is not on the record', 'CHILD.NOT_ON_RECORD', [arrest, aDependantsScreening(arrest.data)]],
      [
        'she declined to give the children’s details',
        'CHILD.NOT_ON_RECORD',
        [arrest, aDependantsScreening(arrest.data, { consentToRecordChildDetails: false, children: [] })],
      ],
    ])('given %s, then it is refused with %s', (_name, code, history) => {
      expect(() => decideMakeCareArrangement(command(), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it.each<[string, Partial<MakeCareArrangement['arrangement']>, { field: string; message: string }]>([
      ['arranged after now', { arrangedAt: '2026-03-02T08:00:01.000Z' }, { field: 'arrangedAt', message: 'cannot be in the future' }],
      ['arranged before the arrest', { arrangedAt: '2026-03-01T20:29:59.000Z' }, { field: 'arrangedAt', message: 'cannot be before the arrest' }],
      [
        'an older sibling without an age',
        { caregiver: { ...grandmother, relation: 'older-sibling', ageYears: null } },
        { field: 'caregiver.ageYears', message: 'give the age of an older sibling left in charge' },
      ],
      [
        'nobody as the caregiver',
        { caregiver: { ...grandmother, relation: 'nobody' } },
        { field: 'caregiver.relation', message: 'an arrangement names who will look after the child' },
      ],
    ])('when %s, then it is refused as invalid input', (_name, overrides, problem) => {
      const decide = () => decideMakeCareArrangement(command(overrides), stateAfter(arrest, screening));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'CARE_ARRANGEMENT.INVALID', problems: [problem] }));
    });
  });
});
