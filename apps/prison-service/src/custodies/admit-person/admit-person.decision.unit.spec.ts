import { evolveCustody, initialCustodyState } from '../custody.state';
import { aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import { aUnit } from '@safeguard/units/testing/unit-fixtures';
import { decideAdmitPerson, type AdmitPerson } from './admit-person.decision';

const now = new Date('2026-03-03T12:00:00.000Z');
const command = (overrides: Parameters<typeof aPersonAdmitted>[0] = {}): AdmitPerson => {
  const admission = aPersonAdmitted(overrides).data;
  return { now, admission, facility: aUnit(admission.facilityId) };
};

describe('admit a person', () => {
  describe('when nothing is on the stream', () => {
    it('admits her into the facility on the order given', () => {
      const admission = command();
      expect(decideAdmitPerson(admission, initialCustodyState)).toEqual([{ type: 'PersonAdmitted', data: admission.admission }]);
    });

    it('admits her without a court case when the order stands alone', () => {
      expect(decideAdmitPerson(command({ courtCaseReference: null }), initialCustodyState)[0].data.courtCaseReference).toBeNull();
    });

    it.each([
      ['a unit the registry does not hold', undefined, 'CC9 is not in the unit registry (GET /units?kind=prison lists the prisons)'],
      ['a court', aUnit('CC9', { kind: 'court', name: 'Kandal Provincial Court' }), 'CC9 is a court (Kandal Provincial Court), not a prison'],
    ])('refuses an admission into %s, naming facilityId', (_name, facility, message) => {
      expect(() => decideAdmitPerson({ ...command({ facilityId: 'CC9' }), facility }, initialCustodyState)).toThrow(
        expect.objectContaining({ kind: 'invalid-input', code: 'CUSTODY.INVALID', problems: [{ field: 'facilityId', message }] }),
      );
    });

    it('refuses an admission in the future, naming admittedAt', () => {
      expect(() => decideAdmitPerson(command({ admittedAt: '2026-03-03T12:01:00.000Z' }), initialCustodyState)).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'admittedAt', message: 'cannot be in the future' }] }),
      );
    });
  });

  describe('when she is already admitted on this custody', () => {
    it('refuses to admit her again', () => {
      const admitted = aPersonAdmitted();
      const again = command({ custodyId: admitted.data.custodyId });
      expect(() => decideAdmitPerson(again, evolveCustody(initialCustodyState, admitted))).toThrow(
        expect.objectContaining({ kind: 'rule-violation', code: 'CUSTODY.ALREADY_ADMITTED' }),
      );
    });
  });
});
