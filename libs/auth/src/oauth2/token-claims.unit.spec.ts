import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { UnitRegistry } from '@safeguard/units';
import { aUnit } from '@safeguard/units/testing/unit-fixtures';
import { accessTokenSettingsFromEnv, DEFAULT_ALGORITHMS } from './access-token-settings';
import { refusalOf } from './access-token-verifier';
import { looksLikeJwt, principalFromClaims } from './token-claims';

const units = new UnitRegistry([aUnit('CC2'), aUnit('PP-ANTI-DRUG', { kind: 'police-unit' }), aUnit('OVERSIGHT', { kind: 'oversight-body' })], false);
const police = { client_id: 'pp-case-system', safeguard_agency: 'police', safeguard_role: 'police-officer', safeguard_unit: 'PP-ANTI-DRUG' };

describe('principalFromClaims', () => {
  it('names the caller from the safeguard claims, own unit only and the client as user unless the token says otherwise', () => {
    expect(principalFromClaims(police, units)).toEqual({
      principal: {
        credentialId: 'pp-case-system',
        agency: 'police',
        role: 'police-officer',
        unitId: 'PP-ANTI-DRUG',
        userId: 'pp-case-system',
        scope: 'own-unit',
      },
    });
    expect(principalFromClaims({ ...police, safeguard_user: 'officer-9', safeguard_scope: 'all' }, units)).toMatchObject({
      principal: { userId: 'officer-9', scope: 'all' },
    });
  });

  it('takes sub as the credential when the issuer sends no client_id', () => {
    const { client_id: _, ...claims } = police;
    expect(principalFromClaims({ ...claims, sub: 'svc-account-4' }, units)).toMatchObject({ principal: { credentialId: 'svc-account-4' } });
  });

  it.each([
    ['no client', { ...police, client_id: undefined }, 'the token names no client (client_id or sub)'],
    ['no unit or role', { ...police, safeguard_unit: undefined, safeguard_role: '' }, 'the token lacks the claims safeguard_role, safeguard_unit'],
    ['a unit as a number', { ...police, safeguard_unit: 7 }, 'the token lacks the claim safeguard_unit'],
    ['a scope as a list', { ...police, safeguard_scope: ['all'] }, "the token's safeguard_scope claim must be a non-empty string"],
    ['an unknown agency', { ...police, safeguard_agency: 'army' }, 'unknown agency army'],
    ['an unknown role', { ...police, safeguard_role: 'admin' }, 'unknown role admin'],
    ['an unknown scope', { ...police, safeguard_scope: 'everything' }, 'unknown scope everything'],
    ['a unit not in the registry', { ...police, safeguard_unit: 'PP-NOWHERE' }, 'unit PP-NOWHERE is not in the unit registry'],
    [
      'a police client naming a prison',
      { ...police, safeguard_unit: 'CC2' },
      'unit CC2 is of kind prison; police credentials belong to units of kind police-unit',
    ],
  ])('refuses %s, as an API key’s record would be', (_, claims, reason) => {
    const verdict = principalFromClaims(claims, units);
    expect('refused' in verdict && verdict.refused).toContain(reason);
  });
});

describe('looksLikeJwt', () => {
  it.each([
    ['a signed JWT', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl', true],
    ['an unsigned JWT (alg none)', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', true],
    ['a development API key', 'dev-police-pp-anti-drug', false],
    ['two segments', 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0', false],
    ['a JWE (five segments)', 'eyJhbGciOiJSU0EifQ.a.b.c.d', false],
  ])('%s → %s', (_, credential, expected) => {
    expect(looksLikeJwt(credential)).toBe(expected);
  });
});

describe('refusalOf: what jose found wrong with a real token, as a reason', () => {
  const issuer = 'https://idp.example';
  const audience = 'https://safeguard.example/arrest';
  let sign: (claims: JWTPayload, options?: { alg?: string; kid?: string }) => Promise<string>;
  let verify: (token: string, algorithms?: string[]) => Promise<unknown>;

  beforeAll(async () => {
    const ours = await generateKeyPair('ES256');
    const theirs = await generateKeyPair('ES256');
    const rsa = await generateKeyPair('RS256');
    const jwks = createLocalJWKSet({
      keys: [
        { ...(await exportJWK(ours.publicKey)), kid: 'ours', alg: 'ES256' },
        { ...(await exportJWK(rsa.publicKey)), kid: 'rsa', alg: 'RS256' },
      ],
    });
    sign = (claims, { alg = 'ES256', kid = 'ours' } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg, kid })
        .sign(kid === 'rsa' ? rsa.privateKey : kid === 'ours' ? ours.privateKey : theirs.privateKey);
    verify = (token, algorithms = ['ES256']) =>
      jwtVerify(token, jwks, { issuer, audience, algorithms, requiredClaims: ['exp'] }).then(() => 'accepted', refusalOf);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const valid = () => ({ iss: issuer, aud: audience, iat: now(), exp: now() + 300 });

  it('accepts a well-made token (so the refusals below are for their one fault)', async () => {
    expect(await verify(await sign(valid()))).toBe('accepted');
  });

  it.each<[string, () => JWTPayload, string]>([
    ['expired', () => ({ ...valid(), exp: now() - 60 }), 'AUTH.TOKEN_EXPIRED'],
    ['not valid yet', () => ({ ...valid(), nbf: now() + 600 }), 'AUTH.TOKEN_NOT_YET_VALID'],
    ['for another API', () => ({ ...valid(), aud: 'https://other.example' }), 'AUTH.TOKEN_WRONG_AUDIENCE'],
    ['of another issuer', () => ({ ...valid(), iss: 'https://evil.example' }), 'AUTH.TOKEN_WRONG_ISSUER'],
    ['without an expiry', () => ({ iss: issuer, aud: audience }), 'AUTH.TOKEN_CLAIMS'],
  ])('%s', async (_, claims, code) => {
    expect(await verify(await sign(claims()))).toMatchObject({ code });
  });

  it('a key the issuer does not publish', async () => {
    expect(await verify(await sign(valid(), { kid: 'theirs' }))).toMatchObject({ code: 'AUTH.TOKEN_UNKNOWN_KEY' });
  });

  it('an algorithm outside the allow-list', async () => {
    expect(await verify(await sign(valid(), { alg: 'RS256', kid: 'rsa' }))).toMatchObject({ code: 'AUTH.TOKEN_ALGORITHM' });
  });

  it('a payload altered after signing', async () => {
    const [header, , signature] = (await sign(valid())).split('.');
    const forged = Buffer.from(JSON.stringify({ ...valid(), safeguard_unit: 'CC2' })).toString('base64url');
    expect(await verify(`${header}.${forged}.${signature}`)).toMatchObject({ code: 'AUTH.TOKEN_BAD_SIGNATURE' });
  });

  it('alg none, and garbage', async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(valid())).toString('base64url')}.`;
    expect(await verify(none)).toMatchObject({ code: expect.stringMatching(/^AUTH\.TOKEN_(ALGORITHM|MALFORMED)$/) });
    expect(await verify('eyJ.eyJ.x')).toMatchObject({ code: 'AUTH.TOKEN_MALFORMED' });
  });

  it('never puts the token in the reason', async () => {
    const token = await sign({ ...valid(), exp: now() - 60 });
    expect(JSON.stringify(await verify(token))).not.toContain(token.split('.')[1]);
  });
});

describe('accessTokenSettingsFromEnv', () => {
  const issuer = { SAFEGUARD_OIDC_ISSUER: 'https://idp.example/realms/agencies', SAFEGUARD_OIDC_AUDIENCE: 'safeguard-arrest' };

  it('is off without an issuer', () => {
    expect(accessTokenSettingsFromEnv({})).toBeUndefined();
  });

  it('reads the issuer, audience and defaults', () => {
    expect(accessTokenSettingsFromEnv(issuer)).toEqual({
      issuer: issuer.SAFEGUARD_OIDC_ISSUER,
      audience: 'safeguard-arrest',
      jwksUri: undefined,
      algorithms: DEFAULT_ALGORITHMS,
      clockToleranceSeconds: 30,
    });
    expect(
      accessTokenSettingsFromEnv({
        ...issuer,
        SAFEGUARD_OIDC_JWKS_URI: 'https://idp.example/keys',
        SAFEGUARD_OIDC_ALGORITHMS: 'PS384, ES512',
        SAFEGUARD_OIDC_CLOCK_TOLERANCE_SECONDS: '5',
      }),
    ).toMatchObject({
      jwksUri: new URL('https://idp.example/keys'),
      algorithms: ['PS384', 'ES512'],
      clockToleranceSeconds: 5,
    });
  });

  it.each([
    ['an issuer without an audience', { SAFEGUARD_OIDC_ISSUER: issuer.SAFEGUARD_OIDC_ISSUER }, 'SAFEGUARD_OIDC_AUDIENCE must be set'],
    ['a plain-http issuer off the loopback', { ...issuer, SAFEGUARD_OIDC_ISSUER: 'http://idp.example' }, 'must be an https URL'],
    ['a relative JWKS URI', { ...issuer, SAFEGUARD_OIDC_JWKS_URI: '/keys' }, 'must be an absolute URL'],
    ['HMAC and none', { ...issuer, SAFEGUARD_OIDC_ALGORITHMS: 'RS256,HS256,none' }, 'HS256, none not accepted'],
    ['a tolerance of ten minutes', { ...issuer, SAFEGUARD_OIDC_CLOCK_TOLERANCE_SECONDS: '600' }, 'from 0 to 300'],
  ])('refuses %s at start-up', (_, env, message) => {
    expect(() => accessTokenSettingsFromEnv(env)).toThrow(message);
  });

  it('lets a loopback issuer use plain http (a provider started by a test)', () => {
    expect(accessTokenSettingsFromEnv({ ...issuer, SAFEGUARD_OIDC_ISSUER: 'http://127.0.0.1:4100' })).toMatchObject({
      issuer: 'http://127.0.0.1:4100',
    });
  });
});
