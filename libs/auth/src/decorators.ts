import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@safeguard/contracts';
import type { Principal } from './principal';

export const ALLOWED_ROLES = 'safeguard:allowed-roles';
export const PUBLIC_ROUTE = 'safeguard:public-route';
export const ACCESS_TOKEN_IN_QUERY = 'safeguard:access-token-in-query';

/** The roles that may call this endpoint. An endpoint without it is refused to everybody. */
export const Allow = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Health checks and API docs: the only routes open without a credential. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * Also accept the API key as `?access_token=<key>` on this route, for browsers' EventSource,
 * which cannot send an Authorization header. Only for read-only streams: a key in a URL can land
 * in proxy and access logs and in browser history, so the header stays preferred and wins.
 */
export const AcceptAccessTokenInQuery = () => SetMetadata(ACCESS_TOKEN_IN_QUERY, true);

/** The authenticated caller, set by `CredentialGuard`. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
