// A real OpenID provider (the `oidc-provider` package) for the OAuth2 tests, in a process of its
// own because the package is ES modules only and Jest runs our code as CommonJS. It starts two
// issuers on random loopback ports, each with its own signing key: the one the service trusts,
// and a stranger with the same clients (a token from an issuer the service does not know).
// Prints one JSON line, {"issuer": "...", "stranger": "..."}, once both listen; ends on SIGTERM.
//
// Clients use the client-credentials grant (secret in HTTP Basic) and get JWT access tokens
// (RFC 9068, ES256) for the resource they ask for, default SAFEGUARD_AUDIENCE, carrying the
// safeguard_* claims set in the client's metadata, as an agency's identity provider would.
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export const SAFEGUARD_AUDIENCE = 'https://safeguard.test/arrest-service';
const SAFEGUARD_CLAIMS = ['safeguard_agency', 'safeguard_role', 'safeguard_unit', 'safeguard_scope', 'safeguard_user'];

const client = (clientId, claims, more = {}) => ({
  client_id: clientId,
  client_secret: `${clientId}-secret`,
  grant_types: ['client_credentials'],
  redirect_uris: [],
  response_types: [],
  ...claims,
  ...more,
});

const clients = [
  // A police station's case system: records arrests for its own unit.
  client('chbar-ampov-case-system', {
    safeguard_agency: 'police',
    safeguard_role: 'police-officer',
    safeguard_unit: 'PP-CHBAR-AMPOV',
    safeguard_user: 'duty-desk',
  }),
  // The same, with tokens that live one second: for the expired-token check.
  client('short-lived-case-system', {
    safeguard_agency: 'police',
    safeguard_role: 'police-officer',
    safeguard_unit: 'PP-CHBAR-AMPOV',
    token_ttl_seconds: 1,
  }),
  // A court clerk's system: may not record arrests (403, not 401).
  client('court-registry-system', { safeguard_agency: 'court', safeguard_role: 'court-clerk', safeguard_unit: 'PP-MUNICIPAL-COURT' }),
  // Misconfigured at the provider: a police client naming a prison.
  client('misconfigured-system', { safeguard_agency: 'police', safeguard_role: 'police-officer', safeguard_unit: 'CC2' }),
];

async function startIssuer() {
  const server = createServer();
  // Node closes an idle keep-alive socket after 5 s, and fetch may pick that socket for its next
  // request just as it closes ("other side closed"): on a loaded machine a suite's token requests
  // can come that far apart. An hour outlives any suite.
  server.keepAliveTimeout = 3_600_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: `key-${server.address().port}`, alg: 'ES256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [signingKey] },
    cookies: { keys: ['test-only-cookie-key'] },
    // The only key is ES256; the default (RS256) would have no key to sign with.
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    extraClientMetadata: { properties: [...SAFEGUARD_CLAIMS, 'token_ttl_seconds'] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx, _client, oneOf) => oneOf ?? SAFEGUARD_AUDIENCE,
        // Any resource asked for is served, so a client can get a token meant for another API.
        getResourceServerInfo: async (_ctx, resource, forClient) => ({
          scope: 'records',
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: forClient.token_ttl_seconds ?? 300,
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    extraTokenClaims: async (_ctx, token) => {
      const owner = await provider.Client.find(token.clientId);
      return Object.fromEntries(SAFEGUARD_CLAIMS.filter((claim) => owner?.[claim] !== undefined).map((claim) => [claim, owner[claim]]));
    },
  });
  server.on('request', provider.callback());
  return { issuer, server };
}

const trusted = await startIssuer();
const stranger = await startIssuer();
process.stdout.write(`${JSON.stringify({ issuer: trusted.issuer, stranger: stranger.issuer })}\n`);
process.on('SIGTERM', () => {
  trusted.server.close();
  stranger.server.close();
  process.exit(0);
});
