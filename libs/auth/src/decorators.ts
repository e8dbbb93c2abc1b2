import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@safeguard/contracts';
import type { Principal } from './principal';

export const ALLOWED_ROLES = 'safeguard:allowed-roles';
export const PUBLIC_ROUTE = 'safeguard:public-route';

/** The roles that may call this endpoint. An endpoint without it is refused to everybody. */
export const Allow = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Health checks and API docs: the only routes open without a credential. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The authenticated caller, set by `ApiKeyGuard`. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
