import { BadRequestException, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';

/** Deeper than any of our documents nests (a screening's child's caregiver is 3): class-transformer recurses once per level. */
export const MAX_JSON_DEPTH = 32;

/** Keys that name an object's prototype machinery: refused, never silently dropped. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface InputProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * The first reason a request's body, query or path cannot be taken at all, before any DTO sees
 * it: a string PostgreSQL cannot store (NUL) or that is not Unicode (a lone surrogate), a
 * prototype key, or nesting deeper than `MAX_JSON_DEPTH`. Walks with its own depth bound, so a
 * body nested 10,000 deep is refused, not a stack overflow.
 */
export function hostileInputIn(value: unknown, field: string, depth = 0): InputProblem | undefined {
  if (typeof value === 'string') return unstorable(value) ? { field, message: 'must not contain NUL characters or lone surrogates' } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_JSON_DEPTH) return { field, message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` };
  for (const key of Object.keys(value)) {
    const path = field ? `${field}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return { field: path, message: 'is not an accepted field name' };
    if (unstorable(key)) return { field: path, message: 'field names must not contain NUL characters or lone surrogates' };
    const problem = hostileInputIn((value as Record<string, unknown>)[key], path, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

function unstorable(text: string): boolean {
  return text.includes('\u0000') || !(text as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Refuses hostile input with a 400 naming the field, before validation or class-transformer runs. */
@Injectable()
export class RefuseHostileInput implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<{ body?: unknown; query?: unknown; params?: unknown }>();
      const problem = hostileInputIn(request.params, '') ?? hostileInputIn(request.query, '') ?? hostileInputIn(request.body, '');
      if (problem) {
        throw new BadRequestException({
          message: `${problem.field || 'body'}: ${problem.message}`,
          errors: [{ field: problem.field || 'body', message: problem.message }],
          code: 'REQUEST.INVALID',
        });
      }
    }
    return next.handle();
  }
}
