/**
 * Agency systems authenticating with OAuth2 access tokens (client-credentials grant) from a real
 * OpenID provider (`oidc-provider`, started by the test in a process of its own), against the
 * arrest service over HTTP. Tokens are fetched from the provider's token endpoint with the
 * client's id and secret and checked by the service against the provider's JWKS.
 */
import { createServer } from 'node:net';
import { generateKeyPair, SignJWT } from 'jose';
import { bearer, DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../apps/arrest-service/src/arrest-service.module';
import { anArrestBody } from './support/arrest-requests';
import { SAFEGUARD_AUDIENCE, startOidcProviders, type OidcProviders } from './support/oidc-provider-process';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from './support/service-app';
import { teardown } from './support/teardown';

/** Sets these variables for the app started inside, then puts the old values back. */
async function withEnv<T>(vars: Record<string, string>, start: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await start();
  } finally {
    for (const [name, value] of Object.entries(before))
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown> & { exp: number };
const headerOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { kid: string; alg: string };

describe('OAuth2 client-credentials access tokens from a real OpenID provider', () => {
  let providers: OidcProviders;
  let service: ServiceApp;
  const http = () => service.http();
  const arrests = () => service.eventCount('arrest');

  beforeAll(async () => {
    providers = await startOidcProviders();
    service = await withEnv(
      {
        SAFEGUARD_OIDC_ISSUER: providers.issuer,
        SAFEGUARD_OIDC_AUDIENCE: SAFEGUARD_AUDIENCE,
        SAFEGUARD_OIDC_CLOCK_TOLERANCE_SECONDS: '1',
        // This suite sends one refused token after another from one address; the limit has its own test.
        SAFEGUARD_FAILED_AUTH_LIMIT: 'off',
      },
      () => startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' }),
    );
  }, 60_000);
  afterAll(async () => {
    await teardown(service, providers);
  });

  /** A refusal as every one must look: problem details with the reason, never the token. */
  function expectRefusal(
    response: { status: number; headers: Record<string, string>; body: unknown; text: string },
    status: number,
    code: string,
    token: string,
  ) {
    expect({ status: response.status, code: (response.body as { code: string }).code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, detail: expect.any(String) });
    for (const part of token.split('.').filter((p) => p.length > 8)) expect(response.text).not.toContain(part);
  }

  describe('a valid token', () => {
    it('records an arrest stamped with the unit, agency and user of its claims, seen only by that unit', async () => {
      const token = await providers.token('chbar-ampov-case-system');
      expect(headerOf(token).alg).toBe('ES256');
      const created = await http().post('/arrests').set(bearer(token)).send(anArrestBody()).expect(201);
      const { arrestId } = created.body;

      const record = await http().get(`/arrests/${arrestId}`).set(bearer(token)).expect(200);
      expect(record.body.arrest.arrestingUnit).toEqual({ type: 'police', unitId: 'PP-CHBAR-AMPOV' });
      const history = await http().get(`/arrests/${arrestId}/history`).set(bearer(token)).expect(200);
      expect(history.body.events[0].actor).toEqual({ agency: 'police', role: 'police-officer', unitId: 'PP-CHBAR-AMPOV', userId: 'duty-desk' });
      // Own-unit scope from the token: another police unit's key does not see it.
      await http().get(`/arrests/${arrestId}`).set(bearer(DevKeys.policePhnomPenh)).expect(404);
    });

    it('of a role the route does not allow is 403, and stores nothing', async () => {
      const token = await providers.token('court-registry-system');
      const before = await arrests();
      const res = await http().post('/arrests').set(bearer(token)).send(anArrestBody()).expect(403);
      expect(res.body).toMatchObject({ status: 403, detail: 'role court-clerk of agency court may not do this' });
      expect(await arrests()).toBe(before);
    });
  });

  it('API keys still work beside tokens', async () => {
    const created = await http().post('/arrests').set(bearer(DevKeys.policePhnomPenh)).send(anArrestBody()).expect(201);
    const record = await http().get(`/arrests/${created.body.arrestId}`).set(bearer(DevKeys.policePhnomPenh)).expect(200);
    expect(record.body.arrest.arrestingUnit.unitId).toBe('PP-ANTI-DRUG');
  });

  describe('refused with 401 and the reason, storing nothing', () => {
    it('an expired token (past exp and the 1 s tolerance), with a body or without', async () => {
      const token = await providers.token('short-lived-case-system');
      const { exp } = claimsOf(token);
      await http().get('/arrests').set(bearer(token)).expect(200);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, (exp + 2) * 1000 - Date.now())));
      const before = await arrests();
      const post = await http().post('/arrests').set(bearer(token)).send(anArrestBody());
      expectRefusal(post, 401, 'AUTH.TOKEN_EXPIRED', token);
      expect(post.headers['www-authenticate']).toBe('Bearer realm="safeguard", error="invalid_token"');
      expectRefusal(await http().get('/arrests').set(bearer(token)), 401, 'AUTH.TOKEN_EXPIRED', token);
      expect(await arrests()).toBe(before);
    }, 15_000);

    it('a token the provider minted for another API (wrong audience)', async () => {
      const token = await providers.token('chbar-ampov-case-system', { resource: 'https://payroll.test/api' });
      expect(claimsOf(token).aud).toBe('https://payroll.test/api');
      expectRefusal(await http().post('/arrests').set(bearer(token)).send(anArrestBody()), 401, 'AUTH.TOKEN_WRONG_AUDIENCE', token);
    });

    it('a token of another issuer, for the right audience and client', async () => {
      const token = await providers.token('chbar-ampov-case-system', { from: providers.stranger });
      expect(claimsOf(token)).toMatchObject({ iss: providers.stranger, aud: SAFEGUARD_AUDIENCE });
      expectRefusal(await http().post('/arrests').set(bearer(token)).send(anArrestBody()), 401, 'AUTH.TOKEN_WRONG_ISSUER', token);
    });

    describe('a token forged with another key in the trusted issuer’s name', () => {
      let claims: Record<string, unknown>;
      let issuerKid: string;
      let forge: (kid: string) => Promise<string>;

      beforeAll(async () => {
        const genuine = await providers.token('chbar-ampov-case-system');
        claims = claimsOf(genuine);
        issuerKid = headerOf(genuine).kid;
        const { privateKey } = await generateKeyPair('ES256');
        forge = (kid) =>
          new SignJWT({ ...claims, safeguard_unit: 'PP-ANTI-DRUG' }).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid }).sign(privateKey);
      });

      it('naming a key id the issuer does not publish', async () => {
        const token = await forge('key-of-the-forger');
        expectRefusal(await http().post('/arrests').set(bearer(token)).send(anArrestBody()), 401, 'AUTH.TOKEN_UNKNOWN_KEY', token);
      });

      it('naming the issuer’s own key id', async () => {
        const token = await forge(issuerKid);
        expectRefusal(await http().post('/arrests').set(bearer(token)).send(anArrestBody()), 401, 'AUTH.TOKEN_BAD_SIGNATURE', token);
      });
    });

    it('a genuine token whose claims were altered (another unit) after signing', async () => {
      const [header, payload, signature] = (await providers.token('chbar-ampov-case-system')).split('.');
      const altered = Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), safeguard_unit: 'PP-ANTI-DRUG' }),
      ).toString('base64url');
      const token = `${header}.${altered}.${signature}`;
      expectRefusal(await http().post('/arrests').set(bearer(token)).send(anArrestBody()), 401, 'AUTH.TOKEN_BAD_SIGNATURE', token);
      expectRefusal(await http().get('/arrests').set(bearer(token)), 401, 'AUTH.TOKEN_BAD_SIGNATURE', token);
    });

    it('a genuine token whose claims name a caller the service does not know (a police client in a prison)', async () => {
      const token = await providers.token('misconfigured-system');
      const res = await http().post('/arrests').set(bearer(token)).send(anArrestBody());
      expectRefusal(res, 401, 'AUTH.TOKEN_CLAIMS', token);
      expect(res.body.detail).toContain('unit CC2 is of kind prison; police credentials belong to units of kind police-unit');
    });

    it('stored nothing for any of them', async () => {
      const before = await arrests();
      for (const token of [
        await providers.token('chbar-ampov-case-system', { resource: 'https://payroll.test/api' }),
        await providers.token('misconfigured-system'),
      ]) {
        await http().post('/arrests').set(bearer(token)).send(anArrestBody()).expect(401);
      }
      expect(await arrests()).toBe(before);
    });
  });

  describe('when the issuer’s keys cannot be fetched', () => {
    let cutOff: ServiceApp;

    beforeAll(async () => {
      cutOff = await withEnv(
        {
          SAFEGUARD_OIDC_ISSUER: providers.issuer,
          SAFEGUARD_OIDC_AUDIENCE: SAFEGUARD_AUDIENCE,
          SAFEGUARD_OIDC_JWKS_URI: `http://127.0.0.1:${await closedPort()}/jwks`,
        },
        () => startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' }),
      );
    }, 60_000);
    afterAll(() => teardown(cutOff));

    it('answers 503 with Retry-After (not 401, not 500) and lets nobody in; API keys still work', async () => {
      const token = await providers.token('chbar-ampov-case-system');
      const before = await cutOff.eventCount('arrest');
      const res = await cutOff.http().post('/arrests').set(bearer(token)).send(anArrestBody());
      expectRefusal(res, 503, 'AUTH.ISSUER_UNAVAILABLE', token);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(res.text).not.toContain('/jwks');
      expect(await cutOff.eventCount('arrest')).toBe(before);
      await cutOff.http().post('/arrests').set(bearer(DevKeys.policePhnomPenh)).send(anArrestBody()).expect(201);
    });
  });
});
