import type { ArrestEvent, ArrestMadeData } from '@safeguard/contracts';
import { anArrestMade, releasedWithoutCharge } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideRecordArrest, type RecordArrest } from './record-arrest.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (overrides: Partial<ArrestMadeData> = {}, person: Partial<ArrestMadeData['person']> = {}): RecordArrest => ({
  now: new Date('2026-03-01T21:00:00.000Z'),
  details: { ...arrest.data, ...overrides, person: { ...arrest.data.person, ...person } },
});

describe('record an arrest', () => {
  describe('when no arrest is recorded under the id', () => {
    it('records the arrest as given', () => {
      expect(decideRecordArrest(command(), given())).toEqual([{ type: 'ArrestMade', data: command().details }]);
    });

    it.each<[string, RecordArrest]>([
      ['at the present moment', command({ arrestedAt: '2026-03-01T21:00:00.000Z' })],
      ['of a person known by an estimated age only', command({}, { dateOfBirth: null, estimatedAgeYears: 34 })],
      ['of a person known by a date of birth only', command({}, { dateOfBirth: '1992-04-12', estimatedAgeYears: null })],
      ['of a person born on the day of the arrest', command({}, { dateOfBirth: '2026-03-01', estimatedAgeYears: null })],
    ])('records an arrest %s', (_name, recorded) => {
      expect(decideRecordArrest(recorded, given())).toEqual([{ type: 'ArrestMade', data: recorded.details }]);
    });

    it.each<[string, RecordArrest, { field: string; message: string }[]]>([
      [
        'an arrest in the future',
        command({ arrestedAt: '2026-03-01T21:01:00.000Z' }),
        [{ field: 'arrestedAt', message: 'an arrest cannot be in the future' }],
      ],
      [
        'a date of birth after the arrest',
        command({}, { dateOfBirth: '2026-03-02', estimatedAgeYears: null }),
        [{ field: 'person.dateOfBirth', message: 'must be before the arrest' }],
      ],
      [
        'a person with neither a date of birth nor an estimated age',
        command({}, { dateOfBirth: null, estimatedAgeYears: null }),
        [{ field: 'person.estimatedAgeYears', message: 'give a date of birth or an estimated age' }],
      ],
      [
        'an arrest in the future of a person born after it',
        command({ arrestedAt: '2026-03-05T08:00:00.000Z' }, { dateOfBirth: '2026-03-06', estimatedAgeYears: null }),
        [
          { field: 'arrestedAt', message: 'an arrest cannot be in the future' },
          { field: 'person.dateOfBirth', message: 'must be before the arrest' },
        ],
      ],
    ])('refuses %s, naming every field', (_name, refused, problems) => {
      expect(() => decideRecordArrest(refused, given())).toThrow(
        expect.objectContaining({ kind: 'invalid-input', code: 'ARREST.INVALID', problems }),
      );
    });
  });

  it.each<[string, ArrestEvent[]]>([
    ['the arrest is already recorded', [arrest]],
    ['the arrest is recorded and she was released since', [arrest, releasedWithoutCharge(arrest.data)]],
  ])('refuses when %s', (_name, events) => {
    expect(() => decideRecordArrest(command(), given(...events))).toThrow(
      expect.objectContaining({ kind: 'rule-violation', code: 'ARREST.ALREADY_RECORDED' }),
    );
  });
});
