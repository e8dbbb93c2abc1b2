import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@safeguard/contracts';
import { CredentialRegistry } from './credentials';
import { ACCESS_TOKEN_IN_QUERY, ALLOWED_ROLES, PUBLIC_ROUTE } from './decorators';

type Targets = Parameters<Reflector['getAllAndOverride']>[1];

/** Deny by default: every route needs a known credential whose role the route allows. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; query?: Record<string, unknown>; principal?: unknown }>();
    const apiKey = bearerKey(request.headers.authorization) ?? this.queryKey(request.query, targets);
    if (!apiKey) throw new UnauthorizedException('an API key is required: Authorization: Bearer <key>');
    const principal = this.credentials.authenticate(apiKey);
    if (!principal) throw new UnauthorizedException('unknown API key');

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    if (!allowed.includes(principal.role)) {
      throw new ForbiddenException(`role ${principal.role} of agency ${principal.agency} may not do this`);
    }
    request.principal = principal;
    return true;
  }

  /** `?access_token=<key>`, read only on a route that opted in with `@AcceptAccessTokenInQuery()`. */
  private queryKey(query: Record<string, unknown> | undefined, targets: Targets): string | undefined {
    if (!this.reflector.getAllAndOverride<boolean>(ACCESS_TOKEN_IN_QUERY, targets)) return undefined;
    const token = query?.access_token;
    return typeof token === 'string' && /^\S+$/.test(token) ? token : undefined;
  }
}

function bearerKey(authorization: string | undefined): string | undefined {
  return /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
}
