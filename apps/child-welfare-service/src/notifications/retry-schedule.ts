/**
 * When a failed notification (a webhook delivery, an email) is tried again: exponential backoff from 30 seconds, doubling to
 * at most an hour between tries, each wait drawn between half and all of that ("equal jitter"),
 * so receivers that came back together are not hit together. After a day of failures it is
 * parked: listed, no longer tried, until someone asks for it again.
 */
export const FIRST_RETRY_MS = 30_000;
export const LONGEST_WAIT_MS = 3_600_000;
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;

export type NextStep = { readonly retryAt: Date } | { readonly park: true };

/**
 * After attempt number `attempts` (1 for the first) failed at `now`, for a delivery first tried at
 * `firstTriedAt`; `random` in [0, 1).
 */
export function afterFailure(attempts: number, firstTriedAt: Date, now: Date, random: number): NextStep {
  const ceiling = Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.min(attempts - 1, 30));
  const wait = ceiling / 2 + (ceiling / 2) * random;
  const retryAt = new Date(now.getTime() + Math.round(wait));
  return retryAt.getTime() - firstTriedAt.getTime() > GIVE_UP_AFTER_MS ? { park: true } : { retryAt };
}

/** Whether a receiver's answer is a delivery: any 2xx. A redirect is not followed, and not one. */
export function delivered(status: number): boolean {
  return status >= 200 && status < 300;
}
