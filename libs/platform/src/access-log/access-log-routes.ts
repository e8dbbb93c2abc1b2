import { Inject, Injectable, RequestMethod, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, HttpAdapterHost } from '@nestjs/core';
import { ACCESS_TOKEN_IN_QUERY } from '@safeguard/auth';
import { ACCESS_LOGGED, type AccessLoggedRoute } from './access-logged';

/** An access-logged route as the router serves it. */
export interface LoggedRoute {
  readonly method: string;
  /** As Express registered it: `/arrests/:arrestId/dependants-screening`. */
  readonly template: string;
  readonly touches: AccessLoggedRoute;
  /** The route also takes its credential as `?access_token=` (the alert stream). */
  readonly tokenInQuery: boolean;
}

/** `cases/:caseId` + `history` → `/cases/:caseId/history`, as Nest joins a controller's and a handler's paths (no global prefix, no versions here). */
export function routeTemplate(controllerPath: string, handlerPath: string): string {
  const joined = [controllerPath, handlerPath]
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/**
 * The path parameters of `path` if it is an instance of `template`, else undefined. A literal
 * segment must be equal; `:name` takes any one non-empty segment, percent-decoded.
 */
export function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    if (segment.startsWith(':')) params[segment.slice(1)] = decoded(got[i]);
    else if (segment !== got[i]) return undefined;
  }
  return params;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** More literal segments first: `/alerts/stream` before `/alerts/:alertId`, as Express would take it. */
function literalSegments(template: string): number {
  return template.split('/').filter((s) => s && !s.startsWith(':')).length;
}

/**
 * Every `@AccessLogged` route of the app, found once from the controllers' metadata. The filter
 * needs it because a refusal can come before Nest knows the handler: the credential guard's 401
 * and 403, and the authentication door's 401 before the body is read (not even routed yet).
 */
@Injectable()
export class AccessLogRoutes implements OnModuleInit, OnApplicationBootstrap {
  private routes: LoggedRoute[] = [];

  constructor(
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    this.routes = this.discovery
      .getControllers()
      .flatMap((wrapper) => (wrapper.metatype ? loggedRoutesOf(wrapper.metatype as new (...args: never[]) => unknown) : []))
      .sort((a, b) => literalSegments(b.template) - literalSegments(a.template));
  }

  /**
   * Start-up fails if a declared route is not one the router serves: then refusals on it would
   * go unlogged without anyone knowing (a global prefix or versioning added one day, say).
   */
  onApplicationBootstrap(): void {
    // No adapter in an application context without HTTP (the projection rebuild's): nothing to check.
    const adapter = this.adapterHost.httpAdapter as typeof this.adapterHost.httpAdapter | undefined;
    const served = servedRoutes(adapter?.getInstance());
    if (!served) return;
    const missing = this.routes.filter((r) => !served.has(`${r.method} ${r.template}`));
    if (missing.length > 0)
      throw new Error(`access-logged routes the router does not serve as computed: ${missing.map((r) => `${r.method} ${r.template}`).join(', ')}`);
  }

  all(): readonly LoggedRoute[] {
    return this.routes;
  }

  /** The route a request is for: by the template Express matched, else (not yet routed) by its path. */
  find(method: string, template: string | undefined, path: string): { route: LoggedRoute; params: Record<string, string> | undefined } | undefined {
    const candidates = this.routes.filter((r) => r.method === method.toUpperCase());
    if (template !== undefined) {
      const route = candidates.find((r) => r.template === template);
      return route && { route, params: undefined };
    }
    for (const route of candidates) {
      const params = matchTemplate(route.template, path);
      if (params) return { route, params };
    }
    return undefined;
  }
}

/** The `@AccessLogged` routes of one controller class. */
export function loggedRoutesOf(controller: new (...args: never[]) => unknown): LoggedRoute[] {
  const controllerPaths = pathsOf(Reflect.getMetadata(PATH_METADATA, controller));
  const handlers = handlerNamesOf(controller.prototype as object).map((name) => (controller.prototype as Record<string, unknown>)[name] as object);
  return handlers.flatMap((handler) => {
    const touches = Reflect.getMetadata(ACCESS_LOGGED, handler) as AccessLoggedRoute | undefined;
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (!touches || method === undefined) return [];
    const tokenInQuery = Reflect.getMetadata(ACCESS_TOKEN_IN_QUERY, handler) === true;
    return controllerPaths.flatMap((c) =>
      pathsOf(Reflect.getMetadata(PATH_METADATA, handler)).map((h) => ({
        method: RequestMethod[method],
        template: routeTemplate(c, h),
        touches,
        tokenInQuery,
      })),
    );
  });
}

function pathsOf(metadata: unknown): string[] {
  if (Array.isArray(metadata)) return metadata.map(String);
  return [typeof metadata === 'string' ? metadata : ''];
}

function handlerNamesOf(prototype: object): string[] {
  const names = new Set<string>();
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p))
      if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(p, name)?.value === 'function') names.add(name);
  }
  return [...names];
}

/** `GET /arrests/:arrestId` for every route Express serves, or undefined when this is not Express. */
function servedRoutes(instance: unknown): Set<string> | undefined {
  const stack = (instance as { router?: { stack?: { route?: { path?: unknown; methods?: Record<string, boolean> } }[] } } | undefined)?.router?.stack;
  if (!Array.isArray(stack)) return undefined;
  const served = new Set<string>();
  for (const layer of stack) {
    if (typeof layer.route?.path !== 'string') continue;
    for (const [method, on] of Object.entries(layer.route.methods ?? {})) if (on) served.add(`${method.toUpperCase()} ${layer.route.path}`);
  }
  return served;
}
