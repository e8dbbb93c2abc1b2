import { BadRequestException, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@safeguard/auth';
import type { AppendMetadata } from '@safeguard/event-store';
import { randomUUID } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The metadata stored with the events a request causes: who acted, and the correlation id the
 * caller sent (`X-Correlation-Id`) or a new one, so a story can be traced across agencies.
 */
export function metadataOf(ctx: ExecutionContext): AppendMetadata {
  const request = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal: Principal }>();
  const { credentialId: _id, scope: _scope, ...actor } = request.principal;
  return { correlationId: correlationIdOf(request), causationId: null, actor };
}

const CORRELATION_ID = Symbol('safeguard:correlation-id');

/**
 * The request's correlation id: the caller's `X-Correlation-Id` when it is a UUID, else one made
 * for it. Made once per request, so its events, its access-log entry and a 500's problem details
 * all carry the same id.
 */
export function correlationIdOf(request: object & { headers?: Record<string, string | string[] | undefined> }): string {
  const held = request as { [CORRELATION_ID]?: string };
  if (held[CORRELATION_ID] === undefined) {
    const sent = request.headers?.['x-correlation-id'];
    held[CORRELATION_ID] = typeof sent === 'string' && UUID.test(sent) ? sent : randomUUID();
  }
  return held[CORRELATION_ID];
}

/** `If-Match: "3"` → 3: the stream version the client last read, for optimistic concurrency. */
export function expectedVersionOf(ctx: ExecutionContext): number | undefined {
  const header = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers['if-match'];
  if (header === undefined) return undefined;
  // A strong ETag of a positive decimal integer only: no weak W/ prefix, hex, exponent or list.
  const version = /^"([1-9][0-9]{0,14})"$/.exec(header)?.[1];
  if (version === undefined) {
    throw new BadRequestException({
      message: 'If-Match must be a stream version such as "3"',
      code: 'REQUEST.INVALID',
      errors: [{ field: 'If-Match', message: 'must be a quoted positive integer version such as "3"' }],
    });
  }
  return Number(version);
}
