import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@safeguard/contracts';
import { CredentialRegistry } from './credentials';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './decorators';

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

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: unknown }>();
    const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedException('an API key is required: Authorization: Bearer <key>');
    const principal = this.credentials.authenticate(match[1]);
    if (!principal) throw new UnauthorizedException('unknown API key');

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    if (!allowed.includes(principal.role)) {
      throw new ForbiddenException(`role ${principal.role} of agency ${principal.agency} may not do this`);
    }
    request.principal = principal;
    return true;
  }
}
