import type { ArrestEvent, CorrectableArrestField } from '@safeguard/contracts';
import { DomainRuleViolation, fold, InvalidInput } from '@safeguard/domain';
import { aDependantsScreening, anArrestMade, anArrestRecordCorrected, takenIntoPoliceCustody } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrestAsRecorded, initialArrestAsRecorded, type FieldValue } from './arrest-as-recorded';
import { decideCorrectArrestRecord, type CorrectArrestRecord } from './correct-arrest-record.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const now = '2026-03-02T08:00:00.000Z';
const reason = 'Misheard at the arrest; checked against her national ID card.';

const stateAfter = (...events: ArrestEvent[]) => fold(evolveArrestAsRecorded, initialArrestAsRecorded, events);
const command = (
  field: CorrectableArrestField,
  correctedValue: FieldValue,
  why = reason,
  correctedAt: string | null = null,
): CorrectArrestRecord => ({
  correction: { arrestId: arrest.data.arrestId, field, correctedValue, reason: why, correctedAt },
  now: new Date(now),
});

describe('correct the arrest record', () => {
  describe('given the arrest as first recorded', () => {
    it('when her home province is corrected, then the correction keeps the value it replaces, for her, at the time it is made', () => {
      expect(decideCorrectArrestRecord(command('person.homeProvince', 'Kandal'), stateAfter(arrest, aDependantsScreening(arrest.data)))).toEqual([
        {
          type: 'ArrestRecordCorrected',
          data: {
            arrestId: arrest.data.arrestId,
            personId: arrest.data.person.personId,
            correctedAt: now,
            correctedAtSource: 'time-of-receipt',
            field: 'person.homeProvince',
            previousValue: 'Phnom Penh',
            correctedValue: 'Kandal',
            reason,
          },
        },
      ]);
    });

    it('when the police say when they corrected it, then their time is kept, labelled as stated by them', () => {
      const stated = command('person.homeProvince', 'Kandal', reason, '2026-03-02T07:00:00.000Z');
      expect(decideCorrectArrestRecord(stated, stateAfter(arrest))[0].data).toMatchObject({
        correctedAt: '2026-03-02T07:00:00.000Z',
        correctedAtSource: 'stated-by-agency',
      });
    });

    it.each([
      ['more than five minutes ahead of now', '2026-03-02T08:06:00.000Z', 'cannot be in the future'],
      ['before the arrest', '2026-03-01T20:29:00.000Z', 'cannot be before the arrest'],
    ])('when the correction is said to be made %s, then it is refused naming correctedAt', (_name, correctedAt, message) => {
      expect(() => decideCorrectArrestRecord(command('person.homeProvince', 'Kandal', reason, correctedAt), stateAfter(arrest))).toThrow(
        expect.objectContaining({ code: 'CORRECTION.INVALID', problems: [{ field: 'correctedAt', message }] }),
      );
    });

    it.each<[CorrectableArrestField, FieldValue, FieldValue]>([
      ['person.sex', 'male', 'female'],
      ['person.dateOfBirth', '1990-04-21', '1990-04-12'],
      ['person.homeAddress', null, 'Village 3, Sangkat Chbar Ampov'],
      ['person.nationalId', '010203040', null],
      ['place', 'Market, Chbar Ampov', 'Home, Chbar Ampov'],
      ['suspectedOffence.offenceClass', 'misdemeanour', 'felony'],
      ['suspectedOffence.maximumPenaltyMonths', 36, 60],
      ['suspectedOffence.violent', true, false],
    ])('when %s is corrected to %p, then the previous value is %p', (field, correctedValue, previousValue) => {
      const [event] = decideCorrectArrestRecord(command(field, correctedValue), stateAfter(arrest, takenIntoPoliceCustody(arrest.data)));
      expect(event.data).toMatchObject({ field, previousValue, correctedValue });
    });
  });

  describe('given the field was corrected before', () => {
    const earlier = anArrestRecordCorrected(arrest.data, { field: 'person.homeProvince', previousValue: 'Phnom Penh', correctedValue: 'Kandal' });

    it('when it is corrected again, then the previous value is the earlier correction', () => {
      const [event] = decideCorrectArrestRecord(command('person.homeProvince', 'Takeo'), stateAfter(arrest, earlier));
      expect(event.data).toMatchObject({ previousValue: 'Kandal', correctedValue: 'Takeo' });
    });

    it('when it is set back to the original value, then that is a correction too', () => {
      const [event] = decideCorrectArrestRecord(command('person.homeProvince', 'Phnom Penh'), stateAfter(arrest, earlier));
      expect(event.data).toMatchObject({ previousValue: 'Kandal', correctedValue: 'Phnom Penh' });
    });
  });

  describe('refusals', () => {
    it('given no arrest, then it is refused with ARREST.UNKNOWN', () => {
      expect(() => decideCorrectArrestRecord(command('place', 'Market'), stateAfter())).toThrow(
        expect.objectContaining({ code: 'ARREST.UNKNOWN', constructor: DomainRuleViolation }),
      );
    });

    const withoutBirthDate = anArrestMade({ ...arrest.data, person: { ...arrest.data.person, dateOfBirth: null, estimatedAgeYears: 35 } });
    it.each<[string, ArrestEvent[], CorrectArrestRecord, { field: string; message: string }]>([
      [
        'the value already recorded',
        [arrest],
        command('person.homeProvince', 'Phnom Penh'),
        { field: 'correctedValue', message: 'is the value already recorded' },
      ],
      [
        'text for the maximum penalty',
        [arrest],
        command('suspectedOffence.maximumPenaltyMonths', '36'),
        { field: 'correctedValue', message: 'must be a whole number from 0 to 1200' },
      ],
      [
        'a fractional maximum penalty',
        [arrest],
        command('suspectedOffence.maximumPenaltyMonths', 1.5),
        { field: 'correctedValue', message: 'must be a whole number from 0 to 1200' },
      ],
      [
        'an unknown offence class',
        [arrest],
        command('suspectedOffence.offenceClass', 'crime'),
        { field: 'correctedValue', message: 'must be one of felony, misdemeanour, petty-offence' },
      ],
      ['a sex outside the list', [arrest], command('person.sex', 'f'), { field: 'correctedValue', message: 'must be one of female, male, other' }],
      ['null for a name', [arrest], command('person.name', null), { field: 'correctedValue', message: 'must be text of 1 to 200 characters' }],
      ['blank text for the place', [arrest], command('place', '   '), { field: 'correctedValue', message: 'must be text of 1 to 500 characters' }],
      ['"yes" for violent', [arrest], command('suspectedOffence.violent', 'yes'), { field: 'correctedValue', message: 'must be true or false' }],
      [
        'a day that does not exist',
        [arrest],
        command('person.dateOfBirth', '1990-02-30'),
        { field: 'correctedValue', message: 'must be a date (YYYY-MM-DD)' },
      ],
      [
        'a birth after the arrest',
        [arrest],
        command('person.dateOfBirth', '2026-03-02'),
        { field: 'correctedValue', message: 'must be before the arrest' },
      ],
      [
        'no birth date and no age',
        [arrest],
        command('person.dateOfBirth', null),
        { field: 'correctedValue', message: 'would leave neither a date of birth nor an estimated age' },
      ],
      [
        'no age and no birth date',
        [withoutBirthDate],
        command('person.estimatedAgeYears', null),
        { field: 'correctedValue', message: 'would leave neither a date of birth nor an estimated age' },
      ],
      [
        'no reason worth the name',
        [arrest],
        command('place', 'Market, Chbar Ampov', '  ok  '),
        { field: 'reason', message: 'say why the record was wrong' },
      ],
    ])('when the correction gives %s, then it is refused as invalid input', (_name, history, correction, problem) => {
      const decide = () => decideCorrectArrestRecord(correction, stateAfter(...history));
      expect(decide).toThrow(InvalidInput);
      expect(decide).toThrow(expect.objectContaining({ code: 'CORRECTION.INVALID', problems: [problem] }));
    });
  });
});

describe('the arrest as recorded', () => {
  it('given the arrest and corrections, then each field holds its latest value and the rest are as first recorded', () => {
    const state = stateAfter(
      arrest,
      anArrestRecordCorrected(arrest.data, { field: 'person.dateOfBirth', correctedValue: '1990-04-21' }),
      anArrestRecordCorrected(arrest.data, { field: 'person.homeAddress', correctedValue: null }),
      anArrestRecordCorrected(arrest.data, { field: 'person.dateOfBirth', correctedValue: '1990-05-21' }),
    );
    expect(state).toMatchObject({
      status: 'recorded',
      values: {
        'person.dateOfBirth': '1990-05-21',
        'person.homeAddress': null,
        'person.name': 'Sok Channary',
        'suspectedOffence.maximumPenaltyMonths': 60,
      },
    });
  });

  it('given a correction with no arrest before it, then nothing is recorded', () => {
    expect(stateAfter(anArrestRecordCorrected(arrest.data))).toEqual(initialArrestAsRecorded);
  });
});
