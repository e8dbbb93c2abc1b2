import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * One reading of a time for every field an agency sends: RFC 3339 with an offset
 * (`2026-03-01T20:30:00+07:00`, `2026-03-01T13:30:00.250Z`) and nothing else. class-validator's
 * ISO 8601 check also passes week dates (`2026-W48-2T10:00:00Z`), ordinal dates (`2026-335`) and
 * the basic format (`20261201T200000Z`), which `new Date()` cannot read, and a time without an
 * offset would be read in the server's zone, not the agency's. Validation and the code that turns
 * the text into a time use this same function, so they cannot disagree.
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The earliest year a fact may be dated (a person born in the 1900s has a date of birth). There is
 * no latest year here: a time ahead of now is refused by the decision that knows what the time is
 * of (an arrest cannot lie ahead, a hearing may), with words that say so.
 */
export const EARLIEST_YEAR = 1900;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant an RFC 3339 date-time with an offset names, or null for anything else. */
export function parseInstant(text: unknown): Date | null {
  if (typeof text !== 'string') return null;
  const m = RFC3339.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  // An optional group that did not match is undefined, whatever RegExpExecArray's type says.
  if ((m[9] as string | undefined) !== undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** A calendar date (`YYYY-MM-DD`, a real day from 1900 on), or null. */
export function parseCalendarDate(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const m = CALENDAR_DATE.exec(text);
  return m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? text : null;
}

/** The instant as the contracts store it (UTC ISO 8601). Call only on a validated field. */
export function toIsoInstant(text: string): string {
  const instant = parseInstant(text);
  if (!instant) throw new TypeError(`not an RFC 3339 date-time: ${text}`);
  return instant.toISOString();
}

// Decisions read the skew from @safeguard/domain (no framework there); re-exported for DTO code.
export { FACT_TIME_SKEW_MINUTES, isAfterNow } from '@safeguard/domain';

export const INSTANT_MESSAGE = 'must be an RFC 3339 date-time with an offset, such as 2026-03-01T20:30:00+07:00 (not before 1900)';
export const CALENDAR_DATE_MESSAGE = 'must be a calendar date, such as 2019-06-02 (not before 1900)';

/** A DTO field holding a time as `parseInstant` reads it. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(property),
      options: { message: `$property ${INSTANT_MESSAGE}`, ...options },
      validator: { validate: (value: unknown) => parseInstant(value) !== null },
    });
}

/** A DTO field holding a calendar date as `parseCalendarDate` reads it. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(property),
      options: { message: `$property ${CALENDAR_DATE_MESSAGE}`, ...options },
      validator: { validate: (value: unknown) => parseCalendarDate(value) !== null },
    });
}

/** A query bound that may be a whole day or an instant (a report's `from`/`to`). */
export function IsInstantOrCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isInstantOrCalendarDate',
      target: target.constructor,
      propertyName: String(property),
      options: {
        message: `$property must be a calendar date (2026-03-01) or an RFC 3339 date-time with an offset (2026-03-01T20:30:00+07:00), not before 1900`,
        ...options,
      },
      validator: { validate: (value: unknown) => parseCalendarDate(value) !== null || parseInstant(value) !== null },
    });
}
