import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../runtime-config';
import { ConcurrencyCap } from './concurrency-cap';
import { RateLimitGuard } from './rate-limit.guard';
import { throttlersFor } from './rate-limits';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './request-limits';

/** The limits this service runs with (`RuntimeConfig.limits`, else the defaults). */
export const REQUEST_LIMITS = Symbol('REQUEST_LIMITS');
/** The open live streams per credential, capped at `streamsPerCredential`: one count per service process. */
export const STREAM_SLOTS = Symbol('STREAM_SLOTS');

function limitsOf(config: RuntimeConfig): RequestLimits {
  return config.limits ?? DEFAULT_REQUEST_LIMITS;
}

/**
 * Rate limits on every route but the health checks: per credential and per client address,
 * counted by `@nestjs/throttler` in this process's memory. Import it after AuthModule, so its
 * guard runs once the credential guard has named the caller.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [RUNTIME_CONFIG],
      // Headers on every answer would be named per throttler (X-RateLimit-Remaining-credential);
      // a caller learns what it needs from the 429's Retry-After and the limits in the README.
      useFactory: (config: RuntimeConfig) => ({ throttlers: throttlersFor(limitsOf(config)), setHeaders: false }),
    }),
  ],
  providers: [
    { provide: REQUEST_LIMITS, inject: [RUNTIME_CONFIG], useFactory: limitsOf },
    { provide: STREAM_SLOTS, inject: [REQUEST_LIMITS], useFactory: (limits: RequestLimits) => new ConcurrencyCap(limits.streamsPerCredential) },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [REQUEST_LIMITS, STREAM_SLOTS],
})
export class RateLimitModule {}
