import { Inject, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, type Observable } from 'rxjs';

const LOCATED_AT = Symbol('safeguard:located-at');

/** Where the resource a POST created can be read, from its answer: sent as `Location`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the route names its answer's type, so the callback reads its fields typed
export const LocatedAt = <Answer>(location: (answer: Answer) => string) => SetMetadata(LOCATED_AT, location);

/**
 * The headers an answer implies, so no controller touches the response: `ETag: "<version>"`
 * whenever the answer carries the stream's version (what a client sends back as `If-Match`),
 * and `Location` on a route declared `@LocatedAt`.
 */
@Injectable()
export class ResponseHeadersInterceptor implements NestInterceptor {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const response = context.switchToHttp().getResponse<{ setHeader(name: string, value: string): unknown; headersSent: boolean }>();
    const located = this.reflector.get<((answer: unknown) => string) | undefined>(LOCATED_AT, context.getHandler());
    return next.handle().pipe(
      map((answer: unknown) => {
        if (response.headersSent) return answer;
        const version = versionOf(answer);
        if (version !== undefined) response.setHeader('ETag', `"${String(version)}"`);
        if (located && answer !== undefined) response.setHeader('Location', located(answer));
        return answer;
      }),
    );
  }
}

function versionOf(answer: unknown): number | undefined {
  if (typeof answer !== 'object' || answer === null || !('version' in answer)) return undefined;
  return typeof answer.version === 'number' ? answer.version : undefined;
}
