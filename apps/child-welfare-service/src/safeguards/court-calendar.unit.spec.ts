import { addHoursExcludingSundaysAndHolidays, californiaJudicialHolidays, isHoliday, localDayOf, startOfLocalDay } from './court-calendar';

const days = (year: number) => californiaJudicialHolidays(year).map((h) => h.day);
const LA = 'America/Los_Angeles';
const california = (day: string) => isHoliday('california-judicial', day);

describe("California's judicial holidays, computed by rule", () => {
  // The courts' own published lists, read from stored copies of their pages.
  it.each<[number, string, string[]]>([
    [
      2026,
      'appellate.courts.ca.gov "2026 Holiday Schedule" (Independence Day on Saturday observed Friday 3 July)',
      [
        '2026-01-01',
        '2026-01-19',
        '2026-02-12',
        '2026-02-16',
        '2026-03-31',
        '2026-05-25',
        '2026-06-19',
        '2026-07-03',
        '2026-09-07',
        '2026-09-25',
        '2026-11-11',
        '2026-11-26',
        '2026-11-27',
        '2026-12-25',
      ],
    ],
    [
      2025,
      'San Bernardino Superior Court, "Judicial Holidays In 2025"',
      [
        '2025-01-01',
        '2025-01-20',
        '2025-02-12',
        '2025-02-17',
        '2025-03-31',
        '2025-05-26',
        '2025-06-19',
        '2025-07-04',
        '2025-09-01',
        '2025-09-26',
        '2025-11-11',
        '2025-11-27',
        '2025-11-28',
        '2025-12-25',
      ],
    ],
    [
      2024,
      'Fresno Superior Court, 2024 (Cesar Chavez Day on Sunday observed Monday 1 April)',
      [
        '2024-01-01',
        '2024-01-15',
        '2024-02-12',
        '2024-02-19',
        '2024-04-01',
        '2024-05-27',
        '2024-06-19',
        '2024-07-04',
        '2024-09-02',
        '2024-09-27',
        '2024-11-11',
        '2024-11-28',
        '2024-11-29',
        '2024-12-25',
      ],
    ],
    [
      2013,
      'Orange County Superior Court, 2013 (before Juneteenth and Native American Day; Columbus Day a judicial holiday)',
      [
        '2013-01-01',
        '2013-01-21',
        '2013-02-12',
        '2013-02-18',
        '2013-04-01',
        '2013-05-27',
        '2013-07-04',
        '2013-09-02',
        '2013-10-14',
        '2013-11-11',
        '2013-11-28',
        '2013-11-29',
        '2013-12-25',
      ],
    ],
    [
      2012,
      'Orange County Superior Court, 2012 (Sunday holidays on Mondays 2 January and 13 February, Saturday ones on Fridays 30 March, Monday 12 November for Sunday’s Veterans Day)',
      [
        '2012-01-02',
        '2012-01-16',
        '2012-02-13',
        '2012-02-20',
        '2012-03-30',
        '2012-05-28',
        '2012-07-04',
        '2012-09-03',
        '2012-10-08',
        '2012-11-12',
        '2012-11-22',
        '2012-11-23',
        '2012-12-25',
      ],
    ],
  ])('%i matches the published list: %s', (year, _source, published) => {
    expect(days(year)).toEqual(published);
  });

  it('observes a New Year’s Day that falls on a Saturday on 31 December of the year before (rule 1.11)', () => {
    expect(californiaJudicialHolidays(2021).find((h) => h.day === '2021-12-31')).toEqual({
      day: '2021-12-31',
      name: 'New Year’s Day',
      falls: '2022-01-01',
    });
    expect(days(2022)).not.toContain('2022-01-01');
    expect(days(2022)[0]).toBe('2022-01-17');
  });

  it('names the day the courts close, not the Saturday the holiday falls on', () => {
    expect(california('2026-07-03')).toBe(true);
    expect(california('2026-07-04')).toBe(false);
    expect(california('2026-07-06')).toBe(false);
  });
});

describe('local days in a time zone', () => {
  it('places an instant on the day of the zone, not of UTC', () => {
    expect(localDayOf(Date.parse('2026-03-08T06:00:00Z'), LA)).toBe('2026-03-07');
    expect(localDayOf(Date.parse('2026-03-07T20:00:00Z'), 'Asia/Phnom_Penh')).toBe('2026-03-08');
  });

  it('starts a day at local midnight on both sides of a clock change', () => {
    expect(new Date(startOfLocalDay('2026-03-08', LA)).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-09', LA)).toISOString()).toBe('2026-03-09T07:00:00.000Z');
  });
});

describe('48 hours excluding Sundays and holidays (California Penal Code §825)', () => {
  const due = (from: string, hours = 48) => addHoursExcludingSundaysAndHolidays(from, hours, LA, california);

  it.each<[string, string, string]>([
    ['arrested Thursday 5 March 2026 10:00 PST: no Sunday in the way', '2026-03-05T18:00:00Z', '2026-03-07T18:00:00.000Z'],
    // Friday 4 h + Saturday 24 h, Sunday (the clocks go forward) skipped, Monday 20 h: 20:00 PDT.
    ['arrested Friday 6 March 2026 20:00 PST: Sunday skipped across the clock change', '2026-03-07T04:00:00Z', '2026-03-10T03:00:00.000Z'],
    // Thursday 15 h, Friday 3 July (Independence Day observed) skipped, Saturday 24 h, Sunday skipped, Monday 9 h.
    ['arrested Thursday 2 July 2026 09:00 PDT: the observed Independence Day and Sunday skipped', '2026-07-02T16:00:00Z', '2026-07-06T16:00:00.000Z'],
    // Wednesday 12 h, Thanksgiving and the day after skipped, Saturday 24 h, Sunday skipped, Monday 12 h.
    [
      'arrested Wednesday 25 November 2026 12:00 PST: Thanksgiving, the day after and Sunday skipped',
      '2026-11-25T20:00:00Z',
      '2026-11-30T20:00:00.000Z',
    ],
    ['arrested on Sunday 1 March 2026 15:00 PST: the count starts at Monday’s midnight', '2026-03-01T23:00:00Z', '2026-03-04T08:00:00.000Z'],
  ])('%s', (_case, from, expected) => {
    expect(due(from)).toBe(expected);
  });

  it('counts Sundays of the given zone, with no holidays where a policy names none', () => {
    // Saturday 7 March 2026 10:00 in Phnom Penh: 14 h, Sunday skipped, Monday 24 h, Tuesday 10 h.
    expect(addHoursExcludingSundaysAndHolidays('2026-03-07T03:00:00Z', 48, 'Asia/Phnom_Penh', () => false)).toBe('2026-03-10T03:00:00.000Z');
  });

  it('refuses a negative count and a time that is not an instant', () => {
    expect(() => due('2026-03-05T18:00:00Z', -1)).toThrow(RangeError);
    expect(() => due('5 March 2026')).toThrow(RangeError);
  });
});
