import { isAfterNow, parseCalendarDate, parseInstant } from './instant';

describe('one strict reading of a time', () => {
  it.each([
    ['2026-03-01T20:30:00Z', '2026-03-01T20:30:00.000Z'],
    ['2026-03-01T20:30:00+07:00', '2026-03-01T13:30:00.000Z'],
    ['2026-03-01T20:30:00.25-08:00', '2026-03-02T04:30:00.250Z'],
    ['2026-03-01t20:30:00z', '2026-03-01T20:30:00.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['a week date', '2026-W48-2T10:00:00Z'],
    ['an ordinal date', '2026-335T10:00:00Z'],
    ['the basic format', '20261201T200000Z'],
    ['no offset', '2026-03-01T20:30:00'],
    ['no seconds', '2026-03-01T20:30Z'],
    ['a date only', '2026-03-01'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['a 24th hour', '2026-03-01T24:00:00Z'],
    ['a leap second', '2026-06-30T23:59:60Z'],
    ['an offset of 25 hours', '2026-03-01T20:30:00+25:00'],
    ['a year before 1900', '1899-12-31T23:59:59Z'],
    ['a five-digit year', '20260-03-01T20:30:00Z'],
    ['a space for the T', '2026-03-01 20:30:00Z'],
    ['a number', 1772396400000],
    ['a NUL', '2026-03-01T20:30:00Z\u0000'],
  ])('refuses %s', (_name, value) => {
    expect(parseInstant(value)).toBeNull();
  });

  it.each([
    ['2019-06-02', '2019-06-02'],
    ['2019-02-29', null],
    ['1899-12-31', null],
    ['2019-6-2', null],
    ['2019-06-02T00:00:00Z', null],
  ])('reads the calendar date %s as %s', (text, expected) => {
    expect(parseCalendarDate(text)).toBe(expected);
  });

  it.each([
    ['4 minutes ahead: a fast clock', 4, false],
    ['6 minutes ahead: not yet happened', 6, true],
    ['an hour ago', -60, false],
  ])('takes a fact dated %s', (_name, minutes, after) => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(isAfterNow(new Date(now.getTime() + minutes * 60_000).toISOString(), now)).toBe(after);
  });
});
