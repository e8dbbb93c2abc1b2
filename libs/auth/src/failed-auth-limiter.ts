import { isIPv6 } from 'node:net';

/** How many failed authentications an address may make in a window before it is made to wait. */
export interface FailedAuthBudget {
  readonly failures: number;
  readonly windowSeconds: number;
}

export const DEFAULT_FAILED_AUTH_BUDGET: FailedAuthBudget = { failures: 10, windowSeconds: 60 };

/**
 * `SAFEGUARD_FAILED_AUTH_LIMIT` (failures per window, default 10, `off` to switch the limit off)
 * and `SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS` (default 60). A mistyped key costs a person one
 * failure; a script guessing keys (1,622 guesses a second before this limit) gets 10 a minute.
 */
export function failedAuthBudgetFromEnv(env: Record<string, string | undefined>): FailedAuthBudget | 'off' {
  const limit = env.SAFEGUARD_FAILED_AUTH_LIMIT?.trim();
  if (limit === 'off') return 'off';
  const failures = limit ? Number(limit) : DEFAULT_FAILED_AUTH_BUDGET.failures;
  if (!Number.isInteger(failures) || failures < 1)
    throw new Error(`SAFEGUARD_FAILED_AUTH_LIMIT must be a whole number of failures (1 or more) or off, not ${JSON.stringify(limit)}`);
  const window = env.SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS?.trim();
  const windowSeconds = window ? Number(window) : DEFAULT_FAILED_AUTH_BUDGET.windowSeconds;
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1 || windowSeconds > 86_400) {
    throw new Error(`SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS must be a whole number of seconds from 1 to 86400, not ${JSON.stringify(window)}`);
  }
  return { failures, windowSeconds };
}

interface Window {
  readonly openedAt: number;
  failures: number;
}

/**
 * Counts failed authentications (an unknown API key, a token that does not verify) per client
 * address in a fixed window opened by the first failure. Once an address has used its budget it
 * is answered 429 with Retry-After until the window closes, before any credential it sends is
 * looked at, so guessing keys costs the guesser time and the service nothing.
 *
 * In memory and per service process: four services in one process count apart, and a restart
 * forgets. Enough to make guessing slow; it is not an audit log.
 */
export class FailedAuthLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly budget: FailedAuthBudget | 'off',
    private readonly now: () => number = Date.now,
    /** Bounds the memory a flood from many addresses can take; the oldest windows go first. */
    private readonly maxAddresses = 10_000,
  ) {}

  /** Whole seconds the address must wait before its credentials are checked again; 0 when they may be. */
  retryAfterSeconds(address: string): number {
    if (this.budget === 'off') return 0;
    const window = this.openWindow(clientKey(address));
    if (!window || window.failures < this.budget.failures) return 0;
    return Math.max(1, Math.ceil((window.openedAt + this.budget.windowSeconds * 1000 - this.now()) / 1000));
  }

  recordFailure(address: string): void {
    if (this.budget === 'off') return;
    const key = clientKey(address);
    const window = this.openWindow(key);
    if (window) {
      window.failures += 1;
      return;
    }
    this.makeRoom();
    this.windows.set(key, { openedAt: this.now(), failures: 1 });
  }

  /** How many addresses are being counted: for tests of the memory bound. */
  get trackedAddresses(): number {
    return this.windows.size;
  }

  private openWindow(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (window && this.closed(window)) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private closed(window: Window): boolean {
    return this.budget !== 'off' && this.now() >= window.openedAt + this.budget.windowSeconds * 1000;
  }

  private makeRoom(): void {
    if (this.windows.size < this.maxAddresses) return;
    for (const [key, window] of this.windows) if (this.closed(window)) this.windows.delete(key);
    // Maps iterate in insertion order: what is left first is the oldest window still open.
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxAddresses) break;
      this.windows.delete(key);
    }
  }
}

/**
 * What one client is: its IPv4 address (also when it arrives IPv4-mapped, `::ffff:10.0.0.1`), or
 * the /64 of an IPv6 address, since one host is routinely given a whole /64 and could otherwise
 * change address with every guess.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const halves = address.split('%')[0].split('::');
  const head = halves[0];
  // No '::' leaves no tail.
  const tail = halves.at(1);
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
