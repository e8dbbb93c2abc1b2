import type { ArrestEvent, ChildRecord } from '@safeguard/contracts';
import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideRecordDependantsScreening, type RecordDependantsScreening } from './record-dependants-screening.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const { personId: _personId, ...screening } = aDependantsScreening(arrest.data, { askedAt: '2026-03-01T21:10:00.000Z' }).data;
const [dara] = screening.children;
/** Known to the police only as a girl of about four, her name withheld. */
const unnamed: ChildRecord = {
  ...dara,
  childId: '9a7e0c55-3b1f-4c2e-8e61-0f3c2a6d4b21',
  name: null,
  sex: 'female',
  detailsWithheld: 'parent-declined',
  dateOfBirth: null,
  ageYears: 4,
  whereabouts: 'at-school',
};
const command = (over: Partial<RecordDependantsScreening['screening']> = {}): RecordDependantsScreening => ({
  now: new Date('2026-03-02T08:00:00.000Z'),
  screening: { ...screening, ...over },
});

describe('record the dependants screening', () => {
  describe('when the arrest is recorded', () => {
    it('records her answer and the children she named', () => {
      expect(decideRecordDependantsScreening(command(), given(arrest))).toEqual([
        { type: 'DependantsScreeningRecorded', data: { ...command().screening, personId: arrest.data.person.personId } },
      ]);
    });

    it.each<[string, ChildRecord]>([
      ['known only by her age, her name withheld', unnamed],
      [
        'known only by the year she was born, neither name nor sex asked',
        { ...unnamed, sex: null, detailsWithheld: 'not-asked', ageYears: null, birthYear: 2021, whereabouts: 'not-recorded' },
      ],
      ['with an adult who is not family', { ...dara, childId: unnamed.childId, name: 'Sophea', whereabouts: 'with-other-adult' }],
    ])('records a child %s', (_name, child) => {
      const [event] = decideRecordDependantsScreening(command({ numberOfChildren: 2, children: [dara, child] }), given(arrest));
      expect(event.data.children[1]).toEqual(child);
    });

    it('records that she declined to say, keeping no children', () => {
      expect(
        decideRecordDependantsScreening(command({ answer: 'declined-to-say', numberOfChildren: null, children: [] }), given(arrest))[0].data.answer,
      ).toBe('declined-to-say');
    });

    it.each<[string, Partial<RecordDependantsScreening['screening']>, { field: string; message: string }[]]>([
      ['asked before the arrest', { askedAt: '2026-03-01T20:00:00.000Z' }, [{ field: 'askedAt', message: 'cannot be before the arrest' }]],
      ['asked in the future', { askedAt: '2026-03-02T08:01:00.000Z' }, [{ field: 'askedAt', message: 'cannot be in the future' }]],
      [
        'listing fewer children than she has',
        { numberOfChildren: 2 },
        [{ field: 'children', message: 'lists 1 children but numberOfChildren is 2' }],
      ],
      [
        'with child details she did not consent to',
        { consentToRecordChildDetails: false },
        [{ field: 'children', message: 'without her consent no child details may be recorded, only their number' }],
      ],
      [
        'with a child unnamed for no reason',
        { children: [{ ...unnamed, detailsWithheld: null }] },
        [{ field: 'children.0.detailsWithheld', message: 'say why the name or sex is not recorded' }],
      ],
      [
        'with a child of no known age',
        { children: [{ ...unnamed, ageYears: null }] },
        [{ field: 'children.0.ageYears', message: 'give a date of birth, a birth year or an age' }],
      ],
      [
        'with a child born in a year after the arrest',
        { children: [{ ...unnamed, ageYears: null, birthYear: 2027 }] },
        [{ field: 'children.0.birthYear', message: 'a child cannot be born after the arrest' }],
      ],
      [
        'with one child id given to two children',
        { numberOfChildren: 2, children: [dara, { ...unnamed, childId: dara.childId }] },
        [{ field: 'children.1.childId', message: 'is given to another child too' }],
      ],
    ])('refuses a screening %s, naming the field', (_name, over, problems) => {
      expect(() => decideRecordDependantsScreening(command(over), given(arrest))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems }),
      );
    });
  });

  it('refuses when no arrest is recorded', () => {
    expect(() => decideRecordDependantsScreening(command(), given())).toThrow(
      expect.objectContaining({ kind: 'rule-violation', code: 'ARREST.UNKNOWN' }),
    );
  });
});
