import { evolveCase, initialCaseState } from '../case.state';
import { aCaseOpened, aCharge } from '@safeguard/contracts/testing/court-fixtures';
import { decideOpenCase, type OpenCase } from './open-case.decision';

const now = new Date('2026-03-04T12:00:00.000Z');
const command = (overrides: Parameters<typeof aCaseOpened>[0] = {}): OpenCase => ({ now, details: aCaseOpened(overrides).data });

describe('open a case', () => {
  describe('when no case is on the stream', () => {
    it('opens the case with its charges and arrests', () => {
      const opening = command();
      expect(decideOpenCase(opening, initialCaseState)).toEqual([{ type: 'CaseOpened', data: opening.details }]);
    });

    it('opens a case that rests on no arrest', () => {
      const opening = command({ arrestIds: [] });
      expect(decideOpenCase(opening, initialCaseState)[0].data.arrestIds).toEqual([]);
    });

    it('keeps the minimum penalty a charge states, and null where it states none', () => {
      const stated = aCharge({ offence: 'Theft', offenceClass: 'misdemeanour', minimumPenaltyMonths: 6, maximumPenaltyMonths: 36 });
      const unstated = aCharge({ offence: 'Receiving stolen goods', minimumPenaltyMonths: null });
      const [event] = decideOpenCase(command({ charges: [stated, unstated] }), initialCaseState);
      expect(event.data.charges.map((c) => c.minimumPenaltyMonths)).toEqual([6, null]);
    });

    const charge = aCharge({ offence: 'Drug possession' });
    it.each([
      ['opened in the future', command({ openedAt: '2026-03-04T12:01:00.000Z' }), [{ field: 'openedAt', message: 'cannot be in the future' }]],
      [
        'with two charges under one id',
        command({ charges: [charge, { ...charge, offence: 'Drug trafficking' }] }),
        [{ field: 'charges.1.chargeId', message: 'is given to another charge too' }],
      ],
      [
        'with a minimum penalty above the maximum',
        command({ charges: [aCharge({ minimumPenaltyMonths: 61, maximumPenaltyMonths: 60 })] }),
        [{ field: 'charges.0.minimumPenaltyMonths', message: 'cannot be more than maximumPenaltyMonths' }],
      ],
    ])('refuses a case %s, naming the field', (_name, opening, problems) => {
      expect(() => decideOpenCase(opening, initialCaseState)).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  describe('when the case is already opened', () => {
    it('refuses to open it again', () => {
      const opened = aCaseOpened();
      const again = { now, details: { ...aCaseOpened().data, caseId: opened.data.caseId } };
      expect(() => decideOpenCase(again, evolveCase(initialCaseState, opened))).toThrow(
        expect.objectContaining({ kind: 'rule-violation', code: 'CASE.ALREADY_OPENED' }),
      );
    });
  });
});
