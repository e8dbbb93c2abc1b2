import { SetMetadata } from '@nestjs/common';

/** `read`: the answer shows a child's or a parent's record; `change`: the request records a fact on one. */
export type AccessAction = 'read' | 'change';

/**
 * What one route touches, declared once on its handler. Each named field is looked up in the
 * path parameters, then the query, then the top level of the answer (so `POST /arrests` names the
 * arrest it created: `{ record: 'arrestId' }`).
 */
export interface AccessLoggedRoute {
  readonly action: AccessAction;
  /** The field naming a child. */
  readonly child?: string;
  /** The field naming the arrested person, the parent. */
  readonly person?: string;
  /** The field naming the agency record about her: an arrest, a case, a custody, an alert, a facility. */
  readonly record?: string;
  /**
   * Whether the children and parents the answer names (any `personId`, `childId`, `childIds`,
   * `childKey` or `childKeys` in it, and in the events a change stored) are subjects too. True
   * unless the answer is about accesses rather than people (the access log's own listing).
   */
  readonly subjectsFromAnswer?: boolean;
}

export const ACCESS_LOGGED = 'safeguard:access-logged';

/**
 * Every request to this route, answered or refused, is written to the service's access log
 * (`AccessLogInterceptor` for answers, `ProblemDetailsFilter` for refusals and failures).
 *
 *   @AccessLogged('read', { child: 'childId' })
 *   @AccessLogged('change', { record: 'arrestId', child: 'childId' })
 */
export const AccessLogged = (action: AccessAction, touches: Omit<AccessLoggedRoute, 'action'> = {}) =>
  SetMetadata<string, AccessLoggedRoute>(ACCESS_LOGGED, { action, ...touches });
