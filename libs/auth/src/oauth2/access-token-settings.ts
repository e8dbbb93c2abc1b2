/**
 * Where OAuth2 access tokens come from and what makes one acceptable. Agency systems that get a
 * token from their identity provider (client-credentials grant) send it as `Authorization:
 * Bearer <JWT>` instead of an API key; this service checks it against the provider's published
 * keys. Off unless `SAFEGUARD_OIDC_ISSUER` is set.
 */
export interface AccessTokenSettings {
  /** The `iss` every token must carry, e.g. https://login.justice.gov.kh/realms/agencies. */
  readonly issuer: string;
  /** The `aud` a token must name: this API's resource identifier, so a token minted for another API is refused. */
  readonly audience: string;
  /** Where the signing keys are; else read from the issuer's discovery document. */
  readonly jwksUri: URL | undefined;
  /** Signature algorithms accepted: asymmetric ones only, since the keys are public. */
  readonly algorithms: readonly string[];
  /** Seconds of clock difference with the issuer tolerated on exp, nbf and iat. */
  readonly clockToleranceSeconds: number;
}

/** What the common identity providers sign access tokens with. */
export const DEFAULT_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'] as const;
const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^Ed25519$/;
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

/**
 * The settings from the environment, or undefined when access tokens are off. A half-configured
 * issuer fails start-up: a service that silently ignored its audience would accept any token of
 * the issuer, minted for any API.
 */
export function accessTokenSettingsFromEnv(env: Record<string, string | undefined>): AccessTokenSettings | undefined {
  const issuer = env.SAFEGUARD_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const audience = env.SAFEGUARD_OIDC_AUDIENCE?.trim();
  if (!audience) throw new Error('SAFEGUARD_OIDC_AUDIENCE must be set when SAFEGUARD_OIDC_ISSUER is: the identifier this API has at the issuer');
  secureUrl('SAFEGUARD_OIDC_ISSUER', issuer);
  const jwksUri = env.SAFEGUARD_OIDC_JWKS_URI?.trim() ? secureUrl('SAFEGUARD_OIDC_JWKS_URI', env.SAFEGUARD_OIDC_JWKS_URI.trim()) : undefined;
  return {
    issuer,
    audience,
    jwksUri,
    algorithms: algorithmsOf(env.SAFEGUARD_OIDC_ALGORITHMS),
    clockToleranceSeconds: toleranceOf(env.SAFEGUARD_OIDC_CLOCK_TOLERANCE_SECONDS),
  };
}

/** Keys fetched over plain HTTP could be swapped on the way; only a loopback issuer (tests, a local provider) may use it. */
function secureUrl(name: string, text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name} must be an absolute URL, not ${JSON.stringify(text)}`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || /^127\./.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error(`${name} must be an https URL (plain http only on a loopback address)`);
  return url;
}

function algorithmsOf(text: string | undefined): readonly string[] {
  if (!text?.trim()) return DEFAULT_ALGORITHMS;
  const algorithms = text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  // `none` and the HMAC family would let anyone holding the (public) key, or no key, sign tokens.
  const refused = algorithms.filter((a) => !ASYMMETRIC.test(a));
  if (refused.length > 0)
    throw new Error(
      `SAFEGUARD_OIDC_ALGORITHMS: ${refused.join(', ')} not accepted; use asymmetric algorithms such as ${DEFAULT_ALGORITHMS.join(', ')}`,
    );
  return algorithms;
}

function toleranceOf(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_CLOCK_TOLERANCE_SECONDS;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 300)
    throw new Error(`SAFEGUARD_OIDC_CLOCK_TOLERANCE_SECONDS must be a whole number of seconds from 0 to 300, not ${JSON.stringify(text)}`);
  return seconds;
}
