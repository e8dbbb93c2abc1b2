import type { CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened } from '@safeguard/contracts/testing/court-fixtures';
import { decideRecordLegalRepresentation, type RecordLegalRepresentation } from './record-legal-representation.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const command = (overrides: Partial<RecordLegalRepresentation['representation']> = {}): RecordLegalRepresentation => ({
  now: new Date('2026-03-05T12:00:00.000Z'),
  representation: {
    caseId: opened.data.caseId,
    recordedAt: '2026-03-05T09:30:00.000Z',
    represented: false,
    lawyerName: null,
    organisation: null,
    ...overrides,
  },
});

describe('record legal representation', () => {
  describe('when the case is open', () => {
    it('records that she has no lawyer', () => {
      expect(decideRecordLegalRepresentation(command(), given(opened))).toEqual([
        { type: 'LegalRepresentationRecorded', data: { ...command().representation, personId: opened.data.personId } },
      ]);
    });

    it('records her lawyer and the lawyer’s organisation', () => {
      const represented = command({ represented: true, lawyerName: 'Chan Sophal', organisation: 'Legal Aid of Cambodia' });
      expect(decideRecordLegalRepresentation(represented, given(opened))[0].data).toMatchObject({ represented: true, lawyerName: 'Chan Sophal' });
    });

    it.each([
      ['represented by nobody named', command({ represented: true }), [{ field: 'lawyerName', message: 'name the lawyer when she is represented' }]],
      [
        'naming a lawyer she does not have',
        command({ lawyerName: 'Chan Sophal' }),
        [{ field: 'lawyerName', message: 'must be absent when she is not represented' }],
      ],
      ['recorded in the future', command({ recordedAt: '2026-03-05T12:01:00.000Z' }), [{ field: 'recordedAt', message: 'cannot be in the future' }]],
      [
        'recorded before the case was opened',
        command({ recordedAt: '2026-03-04T08:59:00.000Z' }),
        [{ field: 'recordedAt', message: 'cannot be before the case was opened' }],
      ],
    ])('refuses a record %s, naming the field', (_name, representation, problems) => {
      expect(() => decideRecordLegalRepresentation(representation, given(opened))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems }),
      );
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['the case is closed', [opened, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideRecordLegalRepresentation(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
