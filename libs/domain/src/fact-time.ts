/**
 * How far ahead of our clock an agency's clock may run: a fact dated a minute "in the future" is
 * a fast clock, not a fact that has not happened.
 */
export const FACT_TIME_SKEW_MINUTES = 5;

/** Whether a fact's time lies further in the future than a clock a little fast could explain. */
export function isAfterNow(at: string | Date, now: Date): boolean {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return time > now.getTime() + FACT_TIME_SKEW_MINUTES * 60_000;
}
