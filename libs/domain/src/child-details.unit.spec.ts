import { partialChildProblems, type PartialChildDetails } from './child-details';

const asOf = { at: '2026-03-01T20:30:00.000Z', bornAfter: 'a child cannot be born after the arrest' };
const named: PartialChildDetails = { name: 'Dara', sex: 'male', detailsWithheld: null, dateOfBirth: '2019-06-02', birthYear: null, ageYears: null };
const problems = (over: Partial<PartialChildDetails>) => partialChildProblems({ ...named, ...over }, 'children.0', asOf);

describe('a child recorded with partial details', () => {
  it.each<[string, Partial<PartialChildDetails>]>([
    ['named, with a date of birth', {}],
    ['named, with an age only', { dateOfBirth: null, ageYears: 6 }],
    ['with no name, because she declined to give it', { name: null, detailsWithheld: 'parent-declined', dateOfBirth: null, ageYears: 6 }],
    [
      'with neither name nor sex, because nobody asked, born in 2019',
      { name: null, sex: null, detailsWithheld: 'not-asked', dateOfBirth: null, birthYear: 2019 },
    ],
    ['with no sex recorded, because she did not know it', { sex: null, detailsWithheld: 'not-known' }],
    ['born in 2019 and 6 years old in March 2026', { dateOfBirth: null, birthYear: 2019, ageYears: 6 }],
    ['born in 2019 and 7 years old in March 2026', { dateOfBirth: null, birthYear: 2019, ageYears: 7 }],
    ['born on 2 June 2019, in 2019', { birthYear: 2019 }],
  ])('accepts a child %s', (_name, over) => {
    expect(problems(over)).toEqual([]);
  });

  it.each<[string, Partial<PartialChildDetails>, { field: string; message: string }[]]>([
    [
      'without a name and without saying why',
      { name: null },
      [{ field: 'children.0.detailsWithheld', message: 'say why the name or sex is not recorded' }],
    ],
    [
      'without a sex and without saying why',
      { sex: null },
      [{ field: 'children.0.detailsWithheld', message: 'say why the name or sex is not recorded' }],
    ],
    [
      'with both name and sex, yet said withheld',
      { detailsWithheld: 'not-asked' },
      [{ field: 'children.0.detailsWithheld', message: 'must be absent when both name and sex are recorded' }],
    ],
    ['with no age in any form', { dateOfBirth: null }, [{ field: 'children.0.ageYears', message: 'give a date of birth, a birth year or an age' }]],
    [
      'born after the arrest',
      { dateOfBirth: '2026-03-02' },
      [{ field: 'children.0.dateOfBirth', message: 'a child cannot be born after the arrest' }],
    ],
    [
      'born in a year after the arrest',
      { dateOfBirth: null, birthYear: 2027 },
      [{ field: 'children.0.birthYear', message: 'a child cannot be born after the arrest' }],
    ],
    [
      'whose birth year contradicts the date of birth',
      { birthYear: 2018 },
      [{ field: 'children.0.birthYear', message: 'does not match dateOfBirth' }],
    ],
    [
      'whose age contradicts the birth year',
      { dateOfBirth: null, birthYear: 2019, ageYears: 9 },
      [{ field: 'children.0.ageYears', message: 'does not match birthYear 2019' }],
    ],
  ])('refuses a child %s, naming the field', (_name, over, expected) => {
    expect(problems(over)).toEqual(expected);
  });
});
