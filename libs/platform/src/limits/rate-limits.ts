import { normalizeIp, type ThrottlerOptions } from '@nestjs/throttler';
import type { RequestLimits } from './request-limits';

/** The two limits every request is counted against, the credential's first (see `throttlersFor`). */
export const THROTTLERS = ['credential', 'address'] as const;
export type ThrottlerName = (typeof THROTTLERS)[number];

/** The code of the problem a caller over a limit is answered with. */
export const RATE_LIMIT_EXCEEDED = 'RATE_LIMIT.EXCEEDED';

interface TrackedRequest {
  readonly principal?: { readonly credentialId: string };
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string };
}

/**
 * Who a request is counted as. Under the credential's limit, the credential the guard
 * authenticated; on a public route, where there is none, the address stands for the caller.
 * Under the address limit, the peer's address as the throttler normalises it (IPv4-mapped
 * addresses as IPv4, IPv6 by its /64, which one host is routinely given and can change at will).
 * Behind a reverse proxy that is the proxy's address unless Express's `trust proxy` is set.
 */
export function trackerOf(throttler: ThrottlerName, request: TrackedRequest): string {
  const address = `address ${normalizeIp(request.ip ?? request.socket?.remoteAddress ?? 'unknown')}`;
  if (throttler === 'address') return address;
  return request.principal ? `credential ${request.principal.credentialId}` : address;
}

/**
 * `@nestjs/throttler`'s settings for the limits. The credential's limit is listed first: a
 * request it refuses is not counted against the address, so one credential flooding does not use
 * up the address's budget for the other systems behind the same gateway. No block period: a
 * refused request does not extend the wait, and Retry-After is when the oldest counted request
 * leaves the window, so a client that honours it gets through at once.
 */
export function throttlersFor(limits: RequestLimits): ThrottlerOptions[] {
  const limitOf: Record<ThrottlerName, number> = { credential: limits.perCredential, address: limits.perAddress };
  return THROTTLERS.map((name) => ({
    name,
    limit: limitOf[name],
    ttl: limits.windowSeconds * 1000,
    blockDuration: 0,
    getTracker: (request: TrackedRequest) => trackerOf(name, request),
  }));
}

/** What a caller over a limit is told, and how long it waits: at least a second, as Retry-After counts whole seconds. */
export function refusalOf(tracker: string, limit: number, windowMs: number, secondsUntilFree: number): { detail: string; retryAfterSeconds: number } {
  const retryAfterSeconds = Math.max(1, Math.ceil(secondsUntilFree));
  const who = tracker.startsWith('credential ') ? 'this credential' : 'this client address';
  return {
    detail: `${who} has made ${limit} requests in ${windowMs / 1000} s, the most this service takes; retry in ${retryAfterSeconds} s`,
    retryAfterSeconds,
  };
}
