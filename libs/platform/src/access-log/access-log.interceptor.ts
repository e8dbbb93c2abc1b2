import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { SSE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { concatMap, from, switchMap, type Observable } from 'rxjs';
import { ACCESS_LOGGED, type AccessLoggedRoute } from './access-logged';
import { AccessLog } from './access-log';

/**
 * Writes the access-log entry of every answered request to an `@AccessLogged` route, before the
 * answer leaves: a read whose entry cannot be written fails closed (503, `AccessNotRecorded`)
 * rather than show a child's record nobody will know was shown. A change has written its entry
 * already, in the transaction that stored its events. Problems (refusals, invalid input, failures)
 * are written by `ProblemDetailsFilter`, which also sees the guard's refusals this never does.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AccessLog) private readonly log: AccessLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const touches = this.reflector.get<AccessLoggedRoute | undefined>(ACCESS_LOGGED, context.getHandler());
    if (!touches || context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const response = http.getResponse<{ statusCode: number }>();
    const pending = this.log.begin(http.getRequest<object>(), touches, () => response.statusCode);
    // A stream is one access, written when it opens: its changes name children as they come.
    if (this.reflector.get<boolean | undefined>(SSE_METADATA, context.getHandler())) {
      return from(pending.writeAlone(undefined)).pipe(switchMap(() => next.handle()));
    }
    return next.handle().pipe(
      concatMap(async (answer: unknown) => {
        await pending.writeAlone(answer);
        return answer;
      }),
    );
  }
}
