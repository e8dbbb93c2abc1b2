import { Injectable, type ExecutionContext } from '@nestjs/common';
import { SkipThrottle, ThrottlerException, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { PUBLIC_ROUTE } from '@safeguard/auth';
import type { Response } from 'express';
import { RATE_LIMIT_EXCEEDED, refusalOf, THROTTLERS } from './rate-limits';

/**
 * The throttler's 429, carrying the code the services' problem details name it by. The
 * ProblemDetailsFilter reads an HttpException's response for `message` and `code`; the
 * throttler's own is a bare string, so this one answers with both.
 */
export class RateLimitExceeded extends ThrottlerException {
  constructor(
    private readonly detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail);
  }

  override getResponse(): { message: string; code: string } {
    return { message: this.detail, code: RATE_LIMIT_EXCEEDED };
  }
}

/** For routes an orchestrator or a scraper polls (health checks): never counted, never refused. */
export const NotRateLimited = () => SkipThrottle(Object.fromEntries(THROTTLERS.map((name) => [name, true])));

/**
 * `@nestjs/throttler`'s guard, counting each caller across all of a service's routes (the stock
 * key is per route, which would let a flood spread over routes) and answering a caller over a
 * limit with a problem and Retry-After. It must run after the credential guard, which sets
 * `request.principal`: Nest runs global guards in the order their modules were imported, so the
 * services import RateLimitModule after AuthModule. A protected route reached without a principal
 * means that order broke, and every caller would be counted as its address: that is refused
 * loudly here rather than limited wrongly.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ principal?: unknown }>();
    if (!request.principal && !this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) {
      throw new Error('RateLimitGuard ran before the credential guard: import RateLimitModule after AuthModule');
    }
    return super.canActivate(context);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override throwThrottlingException(context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    const refusal = refusalOf(limit.tracker, limit.limit, limit.ttl, limit.timeToBlockExpire);
    // Set here, on the response the filter then writes: the throttler's own header is named per
    // throttler (Retry-After-credential), which no HTTP client reads.
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(refusal.retryAfterSeconds));
    throw new RateLimitExceeded(refusal.detail, refusal.retryAfterSeconds);
  }
}
