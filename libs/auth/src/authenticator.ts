import { HttpException, HttpStatus, Logger, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { CredentialRegistry } from './credentials';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { AccessTokenVerifier, IssuerUnavailable } from './oauth2/access-token-verifier';
import { looksLikeJwt } from './oauth2/token-claims';
import type { Principal } from './principal';

/** 429 for an address that has used its budget of failed authentications; says when to come back. */
export class TooManyFailedAuthentications extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      { message: `too many failed authentications from this address; try again in ${retryAfterSeconds} s`, code: 'AUTH.TOO_MANY_FAILURES' },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** 401 for a credential that was sent and refused (as opposed to none sent). */
export class CredentialRefused extends UnauthorizedException {
  constructor(reason: string, code: string) {
    super({ message: reason, code });
  }
}

/**
 * One door for every credential: an API key (looked up by its hash) or an OAuth2 access token
 * (a JWT, verified against the issuer's keys). Used by the guard on every protected route, and
 * before the body is read on a request that has one (`authenticationDoor`).
 */
export class Authenticator {
  /** Requests authenticated before their body was parsed; the guard does not check them twice. */
  private readonly atTheDoor = new WeakMap<object, Principal>();
  private readonly logger = new Logger('Authenticator');

  constructor(
    private readonly keys: CredentialRegistry,
    private readonly tokens: AccessTokenVerifier | undefined,
    private readonly limiter: FailedAuthLimiter,
  ) {}

  /**
   * The principal the credential names. An address that has used its failure budget is turned
   * away first, whatever it sends; each refused credential counts against it.
   */
  async authenticate(credential: string | undefined, clientAddress: string): Promise<Principal> {
    const wait = this.limiter.retryAfterSeconds(clientAddress);
    if (wait > 0) throw new TooManyFailedAuthentications(wait);
    if (!credential) {
      throw new UnauthorizedException({
        message: 'a credential is required: Authorization: Bearer <API key or access token>',
        code: 'AUTH.CREDENTIAL_REQUIRED',
      });
    }
    const verdict = looksLikeJwt(credential) ? await this.verifyToken(credential) : this.lookUpKey(credential);
    if ('principal' in verdict) return verdict.principal;
    this.limiter.recordFailure(clientAddress);
    throw new CredentialRefused(verdict.reason, verdict.code);
  }

  remember(request: object, principal: Principal): void {
    this.atTheDoor.set(request, principal);
  }

  authenticatedAtTheDoor(request: object): Principal | undefined {
    return this.atTheDoor.get(request);
  }

  private lookUpKey(apiKey: string): { principal: Principal } | { reason: string; code: string } {
    const principal = this.keys.authenticate(apiKey);
    return principal ? { principal } : { reason: 'unknown API key', code: 'AUTH.UNKNOWN_KEY' };
  }

  private async verifyToken(token: string): Promise<{ principal: Principal } | { reason: string; code: string }> {
    if (!this.tokens)
      return { reason: 'this service accepts no access tokens (no token issuer is configured); use an API key', code: 'AUTH.TOKENS_NOT_ACCEPTED' };
    try {
      const verdict = await this.tokens.verify(token);
      return 'principal' in verdict ? verdict : verdict.refused;
    } catch (error) {
      if (!(error instanceof IssuerUnavailable)) throw error;
      // The why (which URL, what failed) is for the operators' log, not for the caller.
      this.logger.warn(error.message);
      throw new ServiceUnavailableException({
        message: 'the access token issuer cannot be reached just now to check the token; try again',
        code: 'AUTH.ISSUER_UNAVAILABLE',
      });
    }
  }
}

/** The credential of `Authorization: Bearer <credential>`, if the header has that shape. */
export function bearerCredential(authorization: string | undefined): string | undefined {
  return /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
}

/**
 * The headers a refusal carries: Retry-After on a 429, and on a 401 the RFC 6750 challenge
 * (`error="invalid_token"` when a credential was sent and refused).
 */
export function refusalHeaders(error: unknown): Record<string, string> {
  if (error instanceof TooManyFailedAuthentications) return { 'Retry-After': String(error.retryAfterSeconds) };
  if (error instanceof CredentialRefused) return { 'WWW-Authenticate': 'Bearer realm="safeguard", error="invalid_token"' };
  if (error instanceof UnauthorizedException) return { 'WWW-Authenticate': 'Bearer realm="safeguard"' };
  return {};
}
