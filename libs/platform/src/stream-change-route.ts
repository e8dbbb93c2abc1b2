import { applyDecorators, HttpCode, Post, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, type ApiOperationOptions } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import type { Role } from '@safeguard/contracts';
import type { AccessLoggedRoute } from './access-log/access-logged';
import { AccessLogged } from './access-log/access-logged';
import { LocatedAt } from './response-headers.interceptor';
import { NewStreamHeaders, WriteHeaders } from './stream-commands';

export interface StreamChangeRouteOptions<Answer> {
  /** Who may record it. */
  readonly allow: readonly Role[];
  /** What the route touches, for the access log: by default the stream's own record. */
  readonly touches: Omit<AccessLoggedRoute, 'action'>;
  /** The stream's name as `If-Match`'s description says it: "arrest", "case", "custody". */
  readonly subject: string;
  /** The answer's OpenAPI type. */
  readonly answer: Type;
  /** A change that starts the stream: no `If-Match`, and a `Location` to read the new record at. */
  readonly startsStream?: (answer: Answer) => string;
}

/**
 * The route of an agency's change to one of its streams, the same in every service: POST, 201
 * with the new version, the roles that may record it, access-logged, `If-Match` and
 * `Idempotency-Key` accepted (a change that starts the stream: `Idempotency-Key` and `Location`).
 */
export const StreamChangeRoute = <Answer>(operation: ApiOperationOptions, options: StreamChangeRouteOptions<Answer>) =>
  applyDecorators(
    Post(),
    AccessLogged('change', options.touches),
    HttpCode(201),
    Allow(...options.allow),
    ApiOperation(operation),
    ...(options.startsStream ? [NewStreamHeaders(), LocatedAt(options.startsStream)] : [WriteHeaders(options.subject)]),
    ApiCreatedResponse({ type: options.answer }),
  );
