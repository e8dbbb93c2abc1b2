/**
 * When the daily digest is due: at `hour` o'clock in the jurisdiction's zone, every day. The
 * digest written at that moment covers the 24 hours before it, and is named by its local day.
 */
export interface DigestSlot {
  /** The local day it is sent on: "2026-05-02". */
  readonly day: string;
  /** The instant of `hour`:00 on that day in the zone; the window ends here. */
  readonly at: Date;
  /** 24 hours earlier: the window starts here. */
  readonly from: Date;
}

/** The latest digest slot at or before `now`. */
export function latestDigestSlot(now: Date, timeZone: string, hour: number): DigestSlot {
  const local = localParts(now, timeZone);
  let slot = slotOn(local.year, local.month, local.day, timeZone, hour);
  if (slot.at > now) {
    const yesterday = new Date(Date.UTC(local.year, local.month - 1, local.day - 1));
    slot = slotOn(yesterday.getUTCFullYear(), yesterday.getUTCMonth() + 1, yesterday.getUTCDate(), timeZone, hour);
  }
  return slot;
}

function slotOn(year: number, month: number, day: number, timeZone: string, hour: number): DigestSlot {
  // The wall time read as UTC, corrected by the zone's offset at that moment (twice, for a day the offset changes).
  const wall = Date.UTC(year, month - 1, day, hour);
  let at = wall - offsetMs(new Date(wall), timeZone);
  at = wall - offsetMs(new Date(at), timeZone);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { day: iso, at: new Date(at), from: new Date(at - 24 * 3_600_000) };
}

/** How far the zone's wall clock is ahead of UTC at `instant`. */
function offsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

function localParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}
