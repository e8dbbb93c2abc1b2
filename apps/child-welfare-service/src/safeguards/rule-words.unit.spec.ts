import { californiaPolicy, cambodiaPolicy } from './policy';
import { ruleWordsFor } from './rule-words';

const cambodia = ruleWordsFor(cambodiaPolicy);
const california = ruleWordsFor(californiaPolicy);

describe('the words a rule or a timeline line is made of', () => {
  it('says an instant in the jurisdiction’s zone: 20:30 UTC is the next morning in Phnom Penh, the same afternoon in Los Angeles', () => {
    expect(cambodia.instant('2026-12-02T20:30:00.000Z')).toBe('3 Dec 2026, 03:30 GMT+7');
    expect(california.instant('2026-12-02T20:30:00.000Z')).toBe('Dec 2, 2026, 12:30 PST');
  });

  it('says a calendar date as the day written, never shifted by a zone', () => {
    expect(cambodia.day('2027-01-31')).toBe('31 Jan 2027');
    expect(california.day('2027-01-31')).toBe('Jan 31, 2027');
  });

  it.each([
    [0, 'under 1 month'],
    [1, '1 month'],
    [5, '5 months'],
    [23, '23 months'],
    [24, '2 years'],
    [59, '4 years'],
  ])('says an age of %i months as "%s"', (months, text) => {
    expect(cambodia.age(months)).toBe(text);
  });

  it('writes money as the jurisdiction does', () => {
    expect(cambodia.money(20000, 'KHR').replace(/\s/g, ' ')).toBe('KHR 20,000.00');
    expect(california.money(15, 'USD')).toBe('$15.00');
  });

  it('names the parent by the sex the record gives, or neutrally', () => {
    expect(cambodia.parent('male')).toMatchObject({ noun: 'the father', object: 'him', possessive: 'his' });
    expect(cambodia.parent('other')).toMatchObject({ noun: 'the parent', object: 'them', possessive: 'their', is: 'are' });
    expect(cambodia.parent(null).noun).toBe('the parent');
  });
});
