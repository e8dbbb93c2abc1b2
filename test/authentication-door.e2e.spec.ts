/**
 * The authentication door, over real HTTP on a loopback port: a request with a body is
 * authenticated before its body is read, and an address that keeps failing authentication is
 * made to wait (429, Retry-After) before anything it sends is checked. Requests come from
 * several loopback addresses (127.0.0.2, .3, .4: all this machine) so that one address's
 * failures can be told from another's.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../apps/arrest-service/src/arrest-service.module';
import { anArrestBody } from './support/arrest-requests';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from './support/service-app';
import { teardown } from './support/teardown';

const BUDGET = 5;

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

describe('the authentication door', () => {
  let service: ServiceApp;
  let port: number;

  beforeAll(async () => {
    const before = { limit: process.env.SAFEGUARD_FAILED_AUTH_LIMIT, window: process.env.SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS };
    process.env.SAFEGUARD_FAILED_AUTH_LIMIT = String(BUDGET);
    process.env.SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS = '60';
    try {
      service = await startServiceApp(ArrestServiceModule.forRoot(EMBEDDED_CONFIG), { title: 'arrest' });
    } finally {
      restore('SAFEGUARD_FAILED_AUTH_LIMIT', before.limit);
      restore('SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS', before.window);
    }
    const server = service.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }, 60_000);
  afterAll(() => teardown(service));

  /** One request from `from`, on a connection of its own; `body` is sent as is (a string) and ended unless `keepOpen`. */
  function send(from: string, method: string, path: string, options: { key?: string; body?: string; keepOpen?: boolean } = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.key) headers.authorization = `Bearer ${options.key}`;
      if (options.keepOpen) headers['transfer-encoding'] = 'chunked';
      else if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
      const req = httpRequest({ host: '127.0.0.1', port, localAddress: from, method, path, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode!, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
          if (options.keepOpen) req.destroy();
        });
      });
      // The server may close the connection while a refused body is still being written.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
      if (options.body !== undefined) req.write(options.body);
      if (!options.keepOpen) req.end();
      // A server that waits for the rest of a body never sent would leave the test hanging.
      else
        setTimeout(() => {
          req.destroy();
          reject(new Error('no answer in 3 s: the server waited for the body'));
        }, 3_000).unref();
    });
  }

  const arrest = JSON.stringify(anArrestBody());
  /** Past the JSON parser's limit (100 kB), and otherwise a valid arrest. */
  const oversized = JSON.stringify({ ...anArrestBody(), place: 'x'.repeat(300_000) });

  describe('a request with a body is authenticated before the body is read', () => {
    const from = '127.0.0.2';

    it('an oversized body: 401 without a key or with an unknown one, 413 only with a valid key', async () => {
      expect(await send(from, 'POST', '/arrests', { body: oversized })).toMatchObject({ status: 401, body: { code: 'AUTH.CREDENTIAL_REQUIRED' } });
      const unknown = await send(from, 'POST', '/arrests', { key: 'guessed-key-1', body: oversized });
      expect(unknown).toMatchObject({ status: 401, body: { code: 'AUTH.UNKNOWN_KEY', detail: 'unknown API key' } });
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(unknown.headers['www-authenticate']).toBe('Bearer realm="safeguard", error="invalid_token"');
      expect((await send(from, 'POST', '/arrests', { key: DevKeys.policePhnomPenh, body: oversized })).status).toBe(413);
    });

    it('a body that is not JSON at all: 401 without a key (never parsed), 400 with one', async () => {
      expect((await send(from, 'POST', '/arrests', { body: '{"person": ' })).status).toBe(401);
      expect((await send(from, 'POST', '/arrests', { key: DevKeys.policePhnomPenh, body: '{"person": ' })).status).toBe(400);
    });

    it('a body still being sent is refused at once, before its end arrives', async () => {
      const answer = await send(from, 'POST', '/arrests', { body: '{"person": {"name": "', keepOpen: true });
      expect(answer).toMatchObject({ status: 401, body: { code: 'AUTH.CREDENTIAL_REQUIRED' } });
      expect(answer.headers.connection).toBe('close');
    });

    it('a valid key records, and a key of a role the route does not allow is still 403 (checked once the route is known)', async () => {
      expect((await send(from, 'POST', '/arrests', { key: DevKeys.policePhnomPenh, body: arrest })).status).toBe(201);
      expect((await send(from, 'POST', '/arrests', { key: DevKeys.prisonCc2, body: arrest })).status).toBe(403);
    });

    it('a token when no issuer is configured: 401 saying tokens are not accepted here', async () => {
      const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlIn0.c2lnbmF0dXJl';
      const answer = await send(from, 'POST', '/arrests', { key: jwt, body: arrest });
      expect(answer).toMatchObject({ status: 401, body: { code: 'AUTH.TOKENS_NOT_ACCEPTED' } });
      expect(JSON.stringify(answer.body)).not.toContain('c2lnbmF0dXJl');
    });
  });

  describe(`failed authentications are limited to ${BUDGET} a minute per address`, () => {
    const guesser = '127.0.0.3';
    const agency = '127.0.0.4';

    it('a flood of guessed keys gets 429 with Retry-After once the budget is spent, while another address’s valid key still works', async () => {
      const before = await service.eventCount('arrest');
      const guesses: Answer[] = [];
      for (let i = 0; i < 40; i++) {
        guesses.push(await send(guesser, i % 2 ? 'GET' : 'POST', '/arrests', { key: `guess-${i}`, body: i % 2 ? undefined : arrest }));
      }
      expect(guesses.slice(0, BUDGET).map((g) => g.status)).toEqual(Array(BUDGET).fill(401));
      const refused = guesses.slice(BUDGET);
      expect(new Set(refused.map((g) => g.status))).toEqual(new Set([429]));
      for (const answer of refused) {
        expect(answer.body).toMatchObject({ status: 429, code: 'AUTH.TOO_MANY_FAILURES' });
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(answer.headers['retry-after'])).toBeLessThanOrEqual(60);
      }

      // Before any credential is checked: the guesser's valid key waits too, with or without a body...
      expect((await send(guesser, 'GET', '/arrests', { key: DevKeys.policePhnomPenh })).status).toBe(429);
      expect((await send(guesser, 'POST', '/arrests', { key: DevKeys.policePhnomPenh, body: arrest })).status).toBe(429);
      // ...while an agency at another address is served, and public routes stay open to everyone.
      expect((await send(agency, 'POST', '/arrests', { key: DevKeys.policePhnomPenh, body: arrest })).status).toBe(201);
      expect((await send(agency, 'GET', '/arrests', { key: DevKeys.policePhnomPenh })).status).toBe(200);
      expect((await send(guesser, 'GET', '/health/live')).status).toBe(200);
      expect(await service.eventCount('arrest')).toBe(before + 1);
    });

    it('a request without any credential is not counted as a failure', async () => {
      const from = '127.0.0.5';
      for (let i = 0; i < BUDGET + 3; i++) expect((await send(from, 'GET', '/arrests')).status).toBe(401);
      expect((await send(from, 'GET', '/arrests', { key: DevKeys.policePhnomPenh })).status).toBe(200);
    });
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) Reflect.deleteProperty(process.env, name);
  else process.env[name] = value;
}
