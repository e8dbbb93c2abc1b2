import type { PrisonEvent } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import { aDisciplinarySanctionImposed, aPersonAdmitted, aPersonReleased } from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { decideImposeDisciplinarySanction, type ImposeDisciplinarySanction } from './impose-disciplinary-sanction.decision';

const admitted = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const { personId: _personId, ...confinement } = aDisciplinarySanctionImposed(admitted.data).data;

const stateAfter = (...events: PrisonEvent[]) => fold(evolveCustody, initialCustodyState, events);
const command = (overrides: Partial<ImposeDisciplinarySanction['sanction']> = {}): ImposeDisciplinarySanction => ({
  sanction: { ...confinement, ...overrides },
  now: new Date('2026-07-01T12:00:00.000Z'),
});

describe('impose a disciplinary sanction', () => {
  describe('given she is held', () => {
    it('when she is confined to her cell, then the sanction is recorded', () => {
      expect(decideImposeDisciplinarySanction(command(), stateAfter(admitted))).toEqual([
        { type: 'DisciplinarySanctionImposed', data: { ...command().sanction, personId: admitted.data.personId } },
      ]);
    });

    it('when the sanction takes away her visits with her children, then it is recorded all the same, for the safeguards to raise (Bangkok Rule 23)', () => {
      const noVisits = command({ sanction: 'No family visits', days: 30, restrictsFamilyContact: true });
      expect(decideImposeDisciplinarySanction(noVisits, stateAfter(admitted))[0].data).toMatchObject({ restrictsFamilyContact: true, days: 30 });
    });
  });

  describe('refusals', () => {
    it.each<[string, string, PrisonEvent[]]>([
      ['no custody is recorded', 'CUSTODY.UNKNOWN', []],
      ['she was released', 'CUSTODY.RELEASED', [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-06-01T09:00:00.000Z' })]],
    ])('given %s, then it is refused with %s', (_name, code, history) => {
      expect(() => decideImposeDisciplinarySanction(command(), stateAfter(...history))).toThrow(
        expect.objectContaining({ code, constructor: DomainRuleViolation }),
      );
    });

    it.each([
      ['after now', '2026-07-01T12:00:01.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('when it is said to be imposed %s, then it is refused as invalid input', (_name, imposedAt, message) => {
      const decide = () => decideImposeDisciplinarySanction(command({ imposedAt }), stateAfter(admitted));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'DISCIPLINARY_SANCTION.INVALID', problems: [{ field: 'imposedAt', message }] }));
    });
  });
});
