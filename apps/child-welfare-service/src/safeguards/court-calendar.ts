/**
 * Counting hours the way a statute does when it excludes "Sundays and holidays" (California Penal
 * Code §825: "within 48 hours after his or her arrest, excluding Sundays and holidays"), in the
 * time zone of the court. Pure: no clock, no data files; the holidays are computed by rule.
 *
 * Only California's judicial holidays are computed. Cambodia's public holidays are set each year
 * by sub-decree (the ECCC's 2019 list follows "the sub-decree issued by the Royal Government of
 * Cambodia on 04 October 2018"; the 2020 sub-decree cut six of them), so no rule can compute them,
 * and CCP art. 96 counts police custody straight through in any case.
 */

/** A holiday calendar a policy can name. */
export type HolidayCalendar = 'california-judicial';

/** A day as the calendar on the court's wall shows it: `YYYY-MM-DD`. */
export type CalendarDay = string;

export interface JudicialHoliday {
  /** The day the courts are closed for it. */
  readonly day: CalendarDay;
  readonly name: string;
  /** The holiday's own date, when the courts observe it on another day (a Saturday's on the Friday before, a Sunday's on the Monday after). */
  readonly falls: CalendarDay | null;
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const dayOf = (utcMs: number): CalendarDay => new Date(utcMs).toISOString().slice(0, 10);
const utcOf = (day: CalendarDay): number => Date.parse(`${day}T00:00:00.000Z`);
const weekdayOf = (day: CalendarDay): number => new Date(utcOf(day)).getUTCDay();
const dateOf = (year: number, month: number, date: number): CalendarDay => dayOf(Date.UTC(year, month - 1, date));

/** The `nth` (1-based) given weekday (0 = Sunday) of a month; `nth` -1 is the last. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): CalendarDay {
  if (nth === -1) {
    const last = Date.UTC(year, month, 0);
    return dayOf(last - ((new Date(last).getUTCDay() - weekday + 7) % 7) * DAY_MS);
  }
  const first = Date.UTC(year, month - 1, 1);
  return dayOf(first + (((weekday - new Date(first).getUTCDay() + 7) % 7) + (nth - 1) * 7) * DAY_MS);
}

/** Cal. Rules of Court, rule 1.11: a judicial holiday on a Saturday is observed the Friday before, on a Sunday the Monday after. */
function observed(name: string, day: CalendarDay): JudicialHoliday {
  const weekday = weekdayOf(day);
  if (weekday === 6) return { day: dayOf(utcOf(day) - DAY_MS), name, falls: day };
  if (weekday === 0) return { day: dayOf(utcOf(day) + DAY_MS), name, falls: day };
  return { day, name, falls: null };
}

/** The holidays whose own date is in `year`, shifted to the day the courts observe them. */
function holidaysFalling(year: number): JudicialHoliday[] {
  const fixed = (name: string, month: number, date: number) => observed(name, dateOf(year, month, date));
  const weekday = (name: string, month: number, wd: number, nth: number): JudicialHoliday => ({
    day: nthWeekday(year, month, wd, nth),
    name,
    falls: null,
  });
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  return [
    fixed('New Year’s Day', 1, 1),
    weekday('Dr. Martin Luther King, Jr. Day', 1, 1, 3),
    fixed('Lincoln Day', 2, 12),
    weekday('Presidents’ Day', 2, 1, 3),
    fixed('Cesar Chavez Day', 3, 31),
    weekday('Memorial Day', 5, 1, -1),
    // Gov. Code §6700 as amended by AB 1655 (2022): a state and judicial holiday from 2023.
    ...(year >= 2023 ? [fixed('Juneteenth', 6, 19)] : []),
    fixed('Independence Day', 7, 4),
    weekday('Labor Day', 9, 1, 1),
    // CCP §135 as amended by AB 855 (Stats. 2021, ch. 283): Native American Day in, Columbus Day out, from 2022.
    ...(year >= 2022 ? [weekday('Native American Day', 9, 5, 4)] : [weekday('Columbus Day', 10, 1, 2)]),
    fixed('Veterans Day', 11, 11),
    { day: thanksgiving, name: 'Thanksgiving Day', falls: null },
    { day: dayOf(utcOf(thanksgiving) + DAY_MS), name: 'Day after Thanksgiving', falls: null },
    fixed('Christmas Day', 12, 25),
  ];
}

/**
 * California's judicial holidays (Code of Civil Procedure §135 over Government Code §6700) the
 * courts observe in `year`, by the day they are closed: New Year's Day, Martin Luther King Jr. Day,
 * Lincoln Day, Presidents' Day, Cesar Chavez Day, Memorial Day, Juneteenth (from 2023),
 * Independence Day, Labor Day, Native American Day (from 2022; Columbus Day before), Veterans Day,
 * Thanksgiving and the day after, Christmas. A next New Year's Day on a Saturday is observed on
 * 31 December of this year. Not included: Saturdays (judicial holidays under §135, but §825
 * excludes only Sundays and holidays, so a Saturday counts, which errs towards alerting), state
 * holidays §135 excepts (Admission Day, Columbus Day from 2022, Lunar New Year, Genocide
 * Remembrance Day), Good Friday afternoon, days appointed by the Governor, and 2015's Native
 * American Day (a §135 gap that year).
 */
export function californiaJudicialHolidays(year: number): readonly JudicialHoliday[] {
  return [...holidaysFalling(year), ...holidaysFalling(year + 1).filter((h) => h.falls !== null)]
    .filter((h) => h.day.startsWith(`${year}-`))
    .sort((a, b) => a.day.localeCompare(b.day));
}

const cache = new Map<number, ReadonlySet<CalendarDay>>();

/** Whether the courts of `calendar` are closed for a holiday on `day` (California's is the only calendar: a second needs its own holidays and cache here). */
export function isHoliday(_calendar: HolidayCalendar, day: CalendarDay): boolean {
  const year = Number(day.slice(0, 4));
  let days = cache.get(year);
  if (!days) {
    days = new Set(californiaJudicialHolidays(year).map((h) => h.day));
    cache.set(year, days);
  }
  return days.has(day);
}

/** Formatters are costly to make and deadlines are counted on every fact: one per zone, kept. */
function cached(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) cache.set(timeZone, (format = make()));
  return format;
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** The day `instantMs` falls on in `timeZone`. */
export function localDayOf(instantMs: number, timeZone: string): CalendarDay {
  return cached(dayFormats, timeZone, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(
    new Date(instantMs),
  );
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instantMs`. */
function offsetMs(instantMs: number, timeZone: string): number {
  const parts = cached(
    wallClockFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  )
    .formatToParts(new Date(instantMs))
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(instantMs / 1000) * 1000;
}

/** The instant local midnight begins `day` in `timeZone` (refined twice: the offset at midnight may differ from the guess's). */
export function startOfLocalDay(day: CalendarDay, timeZone: string): number {
  const wall = utcOf(day);
  const guess = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(guess, timeZone);
}

/**
 * The instant `hours` of counted time after `fromIso`, where time on Sundays and on holidays (whole
 * local days in `timeZone`) does not count. Started on an excluded day, the count begins at the
 * next counted day's midnight. Elapsed time is real time: a day the clocks change has 23 or 25
 * hours. Returned as ISO 8601 in UTC, for machines.
 */
export function addHoursExcludingSundaysAndHolidays(
  fromIso: string,
  hours: number,
  timeZone: string,
  holiday: (day: CalendarDay) => boolean,
): string {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be a finite number of 0 or more, got ${hours}`);
  // Only an RFC 3339 instant with its offset: Date.parse would also take "5 March 2026" in the host's zone.
  const from = RFC_3339.test(fromIso) ? Date.parse(fromIso) : Number.NaN;
  if (Number.isNaN(from)) throw new RangeError(`not an RFC 3339 instant with an offset: ${fromIso}`);
  let remaining = hours * HOUR_MS;
  let at = from;
  // A year of excluded days in a row would be a broken calendar, not a long weekend.
  for (let days = 0; days < 366; days += 1) {
    const day = localDayOf(at, timeZone);
    const nextDayStarts = startOfLocalDay(dayOf(utcOf(day) + DAY_MS), timeZone);
    if (weekdayOf(day) !== 0 && !holiday(day)) {
      if (remaining <= nextDayStarts - at) return new Date(at + remaining).toISOString();
      remaining -= nextDayStarts - at;
    }
    at = nextDayStarts;
  }
  throw new RangeError(`no counted day within a year of ${fromIso} in ${timeZone}`);
}
