import { GoneException, HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { REQUEST_LIMITS, STREAM_SLOTS, type ConcurrencyCap, type RequestLimits } from '@safeguard/platform';
import { AlertChangeFeed } from './alert-change-feed';
import { HEARTBEAT_MS, lastEventIdOf } from './alert-stream-protocol';

/**
 * Why the live stream is admitted by guards and not by its handler: the handler's Observable
 * passes through the interceptors, and Nest sends the stream's 200 headers on the next tick
 * after subscribing. A refusal that had to wait for the database would arrive after them, as an
 * `event: error` inside a 200 stream. A guard's refusal is answered before any of that.
 */

/**
 * What a caller holding all its streams is told to wait: a stream whose client vanished without
 * closing is noticed when the next heartbeat fails to write, so its slot is free by then.
 */
export const STREAM_RETRY_AFTER_SECONDS = HEARTBEAT_MS / 1000;

/**
 * Why a replay of `behind` changes after `after` is refused, or undefined when it is not. Past
 * the cap a reload (a stream from now, then GET /alerts) is cheaper for both sides than sending
 * the history; refusing rather than sending only the newest changes leaves the client no silent gap.
 */
export function replayRefusal(after: number, behind: number, cap: number): string | undefined {
  if (behind <= cap) return undefined;
  return (
    `more than ${cap} alert changes came after Last-Event-ID ${after}, more than a stream replays: ` +
    'open the stream again without Last-Event-ID, then read the current alerts from GET /alerts'
  );
}

interface StreamRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly principal?: { readonly credentialId: string };
}

/** 410 for a reconnecting stream further behind than `replayChanges`, counting no further than one past it. */
@Injectable()
export class ReplayCapGuard implements CanActivate {
  constructor(
    @Inject(AlertChangeFeed) private readonly feed: Pick<AlertChangeFeed, 'changesAfter'>,
    @Inject(REQUEST_LIMITS) private readonly limits: Pick<RequestLimits, 'replayChanges'>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const header = context.switchToHttp().getRequest<StreamRequest>().headers['last-event-id'];
    const after = lastEventIdOf(typeof header === 'string' ? header : undefined);
    if (after === undefined) return true;
    const cap = this.limits.replayChanges;
    const refusal = replayRefusal(after, await this.feed.changesAfter(after, cap + 1), cap);
    if (refusal) throw new GoneException({ message: refusal, code: 'STREAM.REPLAY_TOO_LONG' });
    return true;
  }
}

/**
 * 429 with Retry-After for a credential already holding `streamsPerCredential` streams open.
 * Runs after the credential guard (route guards follow the global ones), which names the
 * caller. The slot is given back when the response closes, which it does however the stream
 * ends: the client leaves, the service shuts down, or the stream fails.
 */
@Injectable()
export class StreamSlotGuard implements CanActivate {
  constructor(@Inject(STREAM_SLOTS) private readonly slots: ConcurrencyCap) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const { principal } = http.getRequest<StreamRequest>();
    const response = http.getResponse<{ setHeader(name: string, value: string): unknown; once(event: 'close', listener: () => void): unknown }>();
    if (!principal) throw new Error('StreamSlotGuard runs after the credential guard, which names the caller');
    const free = this.slots.tryTake(principal.credentialId);
    if (!free) {
      response.setHeader('Retry-After', String(STREAM_RETRY_AFTER_SECONDS));
      throw new HttpException(
        {
          message: `this credential already holds ${this.slots.capacity} alert streams open, the most it may; close one or retry in ${STREAM_RETRY_AFTER_SECONDS} s`,
          code: 'STREAM.TOO_MANY',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    response.once('close', free);
    return true;
  }
}
