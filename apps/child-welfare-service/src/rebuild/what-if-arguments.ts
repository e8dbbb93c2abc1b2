import { parseCalendarDate, parseInstant } from '@safeguard/platform';

/** What `npm run policy:what-if -- …` was asked. */
export interface WhatIfArguments {
  readonly policyId: string;
  /** ISO 8601 instants; undefined when open. */
  readonly from?: string;
  readonly to?: string;
  readonly json: boolean;
}

export const WHAT_IF_USAGE = 'usage: npm run policy:what-if -- --policy <id> [--from <date or date-time>] [--to <date or date-time>] [--json]';

/**
 * The command line: `--policy` is required; `--from` and `--to` take an RFC 3339 date-time with an
 * offset, or a calendar date, read as the start of that day in the jurisdiction's zone (so
 * `--to 2026-07-01` ends with 30 June there). Throws with the usage on anything else.
 */
export function parseWhatIfArguments(argv: readonly string[], timeZone: string): WhatIfArguments {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === '--json') json = true;
    else if (['--policy', '--from', '--to'].includes(name) && i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.set(name, argv[++i]);
    else throw new Error(`unexpected argument "${name}"\n${WHAT_IF_USAGE}`);
  }
  const policyId = values.get('--policy');
  if (!policyId) throw new Error(`--policy is required\n${WHAT_IF_USAGE}`);
  const from = instantOf(values.get('--from'), '--from', timeZone);
  const to = instantOf(values.get('--to'), '--to', timeZone);
  if (from && to && Date.parse(from) >= Date.parse(to)) throw new Error(`--from must come before --to\n${WHAT_IF_USAGE}`);
  return { policyId, from, to, json };
}

function instantOf(text: string | undefined, name: string, timeZone: string): string | undefined {
  if (text === undefined) return undefined;
  const instant = parseInstant(text);
  if (instant) return instant.toISOString();
  const day = parseCalendarDate(text);
  if (day) return startOfDayIn(day, timeZone);
  throw new Error(`${name} must be an RFC 3339 date-time with an offset or a calendar date (YYYY-MM-DD), got "${text}"\n${WHAT_IF_USAGE}`);
}

/** 00:00 of the calendar day in the zone, as a UTC instant (the zone's offset that day, from Intl). */
export function startOfDayIn(day: string, timeZone: string): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const offsetAt = (instant: Date) => {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')
        ?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  // The offset at the guess, then at the corrected instant: right across a change of offset that day.
  const guess = new Date(utcMidnight.getTime() - offsetAt(utcMidnight) * 60_000);
  return new Date(utcMidnight.getTime() - offsetAt(guess) * 60_000).toISOString();
}
