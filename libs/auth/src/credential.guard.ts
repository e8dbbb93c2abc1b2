import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@safeguard/contracts';
import type { Request, Response } from 'express';
import { Authenticator, bearerCredential, refusalHeaders } from './authenticator';
import { ACCESS_TOKEN_IN_QUERY, ALLOWED_ROLES, PUBLIC_ROUTE } from './decorators';
import type { Principal } from './principal';

type Targets = Parameters<Reflector['getAllAndOverride']>[1];

/**
 * Deny by default: every route needs a known credential (an API key or an OAuth2 access token)
 * whose role the route allows. A request that carried a body was authenticated already, before
 * the body was read (`authenticationDoor`); its role is checked here like any other's.
 */
@Injectable()
export class CredentialGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    let principal = this.authenticator.authenticatedAtTheDoor(request);
    if (!principal) {
      const credential = bearerCredential(request.headers.authorization) ?? this.queryCredential(request.query, targets);
      try {
        principal = await this.authenticator.authenticate(credential, clientAddress(request));
      } catch (error) {
        context.switchToHttp().getResponse<Response>().set(refusalHeaders(error));
        throw error;
      }
    }

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    if (!allowed.includes(principal.role)) {
      throw new ForbiddenException(`role ${principal.role} of agency ${principal.agency} may not do this`);
    }
    request.principal = principal;
    return true;
  }

  /** `?access_token=<key>`, read only on a route that opted in with `@AcceptAccessTokenInQuery()`. */
  private queryCredential(query: Record<string, unknown> | undefined, targets: Targets): string | undefined {
    if (!this.reflector.getAllAndOverride<boolean>(ACCESS_TOKEN_IN_QUERY, targets)) return undefined;
    const token = query?.access_token;
    return typeof token === 'string' && /^\S+$/.test(token) ? token : undefined;
  }
}

/** The peer's address. Behind a reverse proxy that is the proxy's, unless Express's `trust proxy` is set. */
export function clientAddress(request: { ip?: string; socket?: { remoteAddress?: string } }): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}
