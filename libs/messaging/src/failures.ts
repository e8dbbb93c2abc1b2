import { MalformedCloudEvent, MissingUpcaster } from '@safeguard/contracts';
import { sqlState } from '@safeguard/event-store';

/** A message that can never be applied, however often it is retried: it goes to the dead letters. */
export class PermanentFailure extends Error {}

/** SQLSTATE classes that mean "the database is unreachable or busy", not "this message is bad". */
const TRANSIENT_SQLSTATES = /^(08|53|57P0|40001|40P01)/;
const TRANSIENT_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

export type FailureKind = 'permanent' | 'outage' | 'unknown';

/**
 * Permanent failures are dead-lettered at once. An outage (database down) is retried without
 * limit: every message would fail, so moving them aside would only empty the topic into the
 * dead letters. Anything else is retried a few times, then dead-lettered with its reason.
 */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof PermanentFailure || error instanceof MalformedCloudEvent || error instanceof MissingUpcaster) return 'permanent';
  const state = sqlState(error);
  if (state && TRANSIENT_SQLSTATES.test(state)) return 'outage';
  const code = error !== null && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && TRANSIENT_NETWORK.has(code)) return 'outage';
  return 'unknown';
}

export interface RetryPolicy {
  readonly attemptsBeforeDeadLetter: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attemptsBeforeDeadLetter: 5, initialBackoffMs: 100, maxBackoffMs: 30_000 };

export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** (attempt - 1));
}

export type Delivery = { readonly outcome: 'applied' } | { readonly outcome: 'dead-letter'; readonly reason: string };

/** Applies one message with the retry policy; resolves once it is applied or must be moved aside. */
export async function deliverWithRetries(apply: () => Promise<void>, policy: RetryPolicy, isStopping: () => boolean): Promise<Delivery> {
  for (let attempt = 1; ; attempt++) {
    try {
      await apply();
      return { outcome: 'applied' };
    } catch (error) {
      const kind = classifyFailure(error);
      const message = error instanceof Error ? error.message : String(error);
      if (kind === 'permanent') return { outcome: 'dead-letter', reason: `permanent: ${message}` };
      if (kind === 'unknown' && attempt >= policy.attemptsBeforeDeadLetter) {
        return { outcome: 'dead-letter', reason: `failed ${attempt} times: ${message}` };
      }
      if (isStopping()) throw error;
      await new Promise((r) => setTimeout(r, backoffMs(policy, attempt)));
    }
  }
}

/**
 * Applies a whole batch, retrying it while the database is away (every message would fail then,
 * one by one as well). Resolves false on any other failure: the batch rolled back, and the caller
 * applies its messages one at a time with `deliverWithRetries`, which finds the poison message
 * among them and moves it aside alone instead of the whole batch.
 */
export async function deliverWholeBatch(apply: () => Promise<void>, policy: RetryPolicy, isStopping: () => boolean): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      await apply();
      return true;
    } catch (error) {
      if (classifyFailure(error) !== 'outage') return false;
      if (isStopping()) throw error;
      await new Promise((r) => setTimeout(r, backoffMs(policy, attempt)));
    }
  }
}
