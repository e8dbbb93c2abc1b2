import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { UnitLookup } from '@safeguard/units';
import type { Principal } from '../principal';
import type { AccessTokenSettings } from './access-token-settings';
import { principalFromClaims } from './token-claims';

/** Why a token is refused: a stable code for software, a sentence for the person reading the 401. Never the token. */
export interface TokenRefusal {
  readonly code: string;
  readonly reason: string;
}

export type TokenVerdict = { readonly principal: Principal } | { readonly refused: TokenRefusal };

/**
 * The issuer's keys could not be had (it is down, slow, or answers nonsense). Not the caller's
 * fault, and not a reason to let anyone in: a 503, and no failed authentication counted.
 */
export class IssuerUnavailable extends Error {
  constructor(readonly why: string) {
    super(`the access token issuer's signing keys cannot be fetched just now (${why}); try again`);
  }
}

const FETCH_TIMEOUT_MS = 5_000;
/** After a failed discovery, requests within this time get the same 503 instead of each asking the issuer again. */
const DISCOVERY_RETRY_MS = 5_000;

/**
 * Verifies OAuth2 access tokens (JWTs) with `jose`: the signature against the issuer's JWKS
 * (fetched on first use, cached, re-fetched when a token names a key id it has not seen, at
 * most every 30 s), then issuer, audience, an allow-list of algorithms, and exp/nbf with a small
 * clock tolerance; exp is required. `jose` because it has no dependencies, follows the RFCs
 * (7515/7517/7519/8725) with a tested allow-list and key-type checks, and is what oidc-provider
 * and most Node OAuth servers themselves sign with.
 */
export class AccessTokenVerifier {
  private keys: { readonly resolve: Promise<JWTVerifyGetKey>; failedAt?: number } | undefined;

  constructor(
    private readonly settings: AccessTokenSettings,
    private readonly units: UnitLookup,
  ) {}

  async verify(token: string): Promise<TokenVerdict> {
    // Refused on what it says before any key is fetched: a token of another issuer says so in
    // the clear, and refusing on unverified data is safe (accepting on it would not be).
    const unverifiedIssuer = issuerOf(token);
    if (unverifiedIssuer !== this.settings.issuer) {
      return {
        refused:
          unverifiedIssuer === undefined
            ? MALFORMED
            : { code: 'AUTH.TOKEN_WRONG_ISSUER', reason: 'the access token was issued by an issuer this service does not trust' },
      };
    }
    const keys = await this.signingKeys();
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: [...this.settings.algorithms],
        clockTolerance: this.settings.clockToleranceSeconds,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      if (error instanceof IssuerUnavailable) throw error;
      return { refused: refusalOf(error) };
    }
    const verdict = principalFromClaims(claims, this.units);
    return 'principal' in verdict ? verdict : { refused: { code: 'AUTH.TOKEN_CLAIMS', reason: verdict.refused } };
  }

  private async signingKeys(): Promise<JWTVerifyGetKey> {
    if (!this.keys || (this.keys.failedAt !== undefined && Date.now() - this.keys.failedAt > DISCOVERY_RETRY_MS)) {
      const entry: { resolve: Promise<JWTVerifyGetKey>; failedAt?: number } = { resolve: this.remoteKeys() };
      entry.resolve.catch(() => (entry.failedAt = Date.now()));
      this.keys = entry;
    }
    return this.keys.resolve;
  }

  /** The JWKS at the configured URI, else at the `jwks_uri` of the issuer's discovery document. */
  private async remoteKeys(): Promise<JWTVerifyGetKey> {
    const uri = this.settings.jwksUri ?? (await discoveredJwksUri(this.settings.issuer));
    const remote = createRemoteJWKSet(uri, { timeoutDuration: FETCH_TIMEOUT_MS });
    return async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        // A key id the set lacks, or no key id among several keys, is the token's problem;
        // anything else (timeout, refused connection, a non-200, bad JSON) is the issuer's.
        const code = (error as { code?: unknown }).code;
        if (code === 'ERR_JWKS_NO_MATCHING_KEY' || code === 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') throw error;
        throw new IssuerUnavailable(`JWKS at ${uri.href}: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  }
}

async function discoveredJwksUri(issuer: string): Promise<URL> {
  const at = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(at, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`status ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    throw new IssuerUnavailable(`discovery at ${at}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
  if (document.issuer !== issuer) throw new IssuerUnavailable(`discovery at ${at} names issuer ${JSON.stringify(document.issuer)}`);
  if (typeof document.jwks_uri !== 'string') throw new IssuerUnavailable(`discovery at ${at} has no jwks_uri`);
  return new URL(document.jwks_uri);
}

function issuerOf(token: string): string | undefined {
  try {
    const iss = decodeJwt(token).iss;
    return typeof iss === 'string' ? iss : '';
  } catch {
    return undefined;
  }
}

const MALFORMED: TokenRefusal = { code: 'AUTH.TOKEN_MALFORMED', reason: 'the access token is not a well-formed signed JWT' };

/** jose's error for a token, as a refusal a caller can act on. Pure, by the errors' stable codes. */
export function refusalOf(error: unknown): TokenRefusal {
  const { code, claim, reason } = (error ?? {}) as { code?: unknown; claim?: unknown; reason?: unknown };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return { code: 'AUTH.TOKEN_EXPIRED', reason: 'the access token has expired; get a new one from the issuer' };
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return { code: 'AUTH.TOKEN_BAD_SIGNATURE', reason: 'the access token’s signature does not verify: it was altered or not signed by the issuer' };
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return { code: 'AUTH.TOKEN_UNKNOWN_KEY', reason: 'the access token is signed with a key the issuer does not publish' };
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return { code: 'AUTH.TOKEN_UNKNOWN_KEY', reason: 'the access token names no key id (kid) and the issuer publishes several keys' };
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return { code: 'AUTH.TOKEN_ALGORITHM', reason: 'the access token is signed with an algorithm this service does not accept' };
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return claimRefusal(claim, reason);
    default:
      // ERR_JWS_INVALID, ERR_JWT_INVALID, ERR_JOSE_NOT_SUPPORTED, and anything unforeseen: refused, never let in.
      return MALFORMED;
  }
}

function claimRefusal(claim: unknown, reason: unknown): TokenRefusal {
  if (reason === 'missing') return { code: 'AUTH.TOKEN_CLAIMS', reason: `the access token has no ${String(claim)} claim` };
  switch (claim) {
    case 'aud':
      return { code: 'AUTH.TOKEN_WRONG_AUDIENCE', reason: 'the access token is not meant for this API (its audience is another resource)' };
    case 'iss':
      return { code: 'AUTH.TOKEN_WRONG_ISSUER', reason: 'the access token was issued by an issuer this service does not trust' };
    case 'nbf':
      return { code: 'AUTH.TOKEN_NOT_YET_VALID', reason: 'the access token is not valid yet (nbf); check the clocks' };
    case 'iat':
      return { code: 'AUTH.TOKEN_NOT_YET_VALID', reason: 'the access token says it was issued in the future (iat); check the clocks' };
    default:
      return { code: 'AUTH.TOKEN_CLAIMS', reason: `the access token’s ${String(claim)} claim is not acceptable` };
  }
}
