import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainError, InvalidInput } from '@safeguard/domain';
import { DatabaseUnavailable } from '@safeguard/event-store';
import type { Request, Response } from 'express';
import { accessLogOf } from './access-log/access-log';
import { correlationIdOf } from './request-context';

/** RFC 7807 problem details: the one error shape every service answers with. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly errors?: readonly { field: string; message: string }[];
  /** On a 500 only: the id the log line carries, for the caller to quote. */
  readonly correlationId?: string;
}

const statusOfDomainError: Record<DomainError['kind'], number> = {
  'invalid-input': HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  'version-conflict': HttpStatus.CONFLICT,
  'rule-violation': HttpStatus.UNPROCESSABLE_ENTITY,
};

/** How long a caller should wait before retrying when the database is briefly unreachable. */
const RETRY_AFTER_SECONDS = 5;

/** Maps every error, domain or HTTP, to problem details; anything unexpected is a logged 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    // The path only: a query string can carry a credential (`?access_token=` on the alert stream).
    const problem = this.toProblem(error, request.originalUrl.split('?')[0], request);
    if (problem.status === 503) {
      this.logger.warn(error instanceof Error ? error.message : String(error));
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    } else if (problem.status >= 500) this.logger.error(`[${problem.correlationId}] ${error instanceof Error ? error.stack : String(error)}`);
    const send = () => response.status(problem.status).type('application/problem+json').json(problem);
    // A refused or failed request to a child's or parent's record is in the access log before
    // the caller hears of it (recordProblem never throws; an entry it cannot write is logged).
    const accessLog = accessLogOf(request);
    if (accessLog) void accessLog.recordProblem(request, problem.status).then(send, send);
    else send();
  }

  private toProblem(error: unknown, instance: string, request: Request): ProblemDetails {
    if (error instanceof DomainError) {
      const status = statusOfDomainError[error.kind];
      return {
        type: `urn:safeguard:problem:${error.code}`,
        title: titleOf(status),
        status,
        detail: error.message,
        instance,
        code: error.code,
        ...(error instanceof InvalidInput ? { errors: error.problems } : {}),
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse() as { message?: unknown; errors?: ProblemDetails['errors']; code?: string };
      const detail =
        typeof body === 'string'
          ? body
          : Array.isArray(body.message)
            ? body.message.join('; ')
            : typeof body.message === 'string'
              ? body.message
              : error.message;
      return {
        type: 'about:blank',
        title: titleOf(status),
        status,
        detail: status === 404 && !body.code ? `no resource at ${instance}` : detail,
        instance,
        code: body.code ?? `HTTP.${status}`,
        ...(body.errors ? { errors: body.errors } : {}),
      };
    }
    if (error instanceof DatabaseUnavailable) {
      return {
        type: 'about:blank',
        title: titleOf(503),
        status: 503,
        detail: 'the database cannot be reached just now; nothing was stored, try again',
        instance,
        code: 'SERVICE.UNAVAILABLE',
      };
    }
    return {
      type: 'about:blank',
      title: titleOf(500),
      status: 500,
      detail: 'unexpected error',
      instance,
      code: 'HTTP.500',
      correlationId: correlationIdOf(request),
    };
  }
}

function titleOf(status: number): string {
  return (HttpStatus[status] ?? 'ERROR')
    .toLowerCase()
    .split('_')
    .map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}
