/**
 * Rate limits and caps (issue 14, "survives faults and hostile input"): the four services on a
 * real PostgreSQL database with low limits (20 requests per credential and 50 per address in an
 * hour, so the window never turns within the test, 2 streams per credential, replays of 5).
 * A bounded flood on the court service is answered 429 problem details with Retry-After past
 * the credential's limit while another credential goes on; the address's limit catches a third;
 * health checks are never limited. On the child-welfare service a third live stream is refused
 * 429 until one closes, and a stream reconnecting further behind than the replay cap is 410.
 * A page past a list's range is a 400.
 */
import { randomUUID } from 'node:crypto';
import type { Response as SupertestResponse } from 'supertest';
import { bearer, DevKeys, STREAM_SLOTS, type ConcurrencyCap, type RequestLimits, type RuntimeConfig } from '@safeguard/platform';
import { allServices } from '../apps/embedded/src/services';
import { anArrestBody } from './support/arrest-requests';
import { eventually } from './support/eventually';
import { startServiceApp, type ServiceApp } from './support/service-app';
import { createTestDatabase } from './support/test-database';

jest.setTimeout(60_000);

const LIMITS: RequestLimits = { perCredential: 20, perAddress: 50, windowSeconds: 3_600, streamsPerCredential: 2, replayChanges: 5 };

describe('rate limits and caps [real PostgreSQL]', () => {
  let drop: (() => Promise<void>) | undefined;
  const apps: Record<string, ServiceApp> = {};
  const court = () => apps['court-service'];
  const welfare = () => apps['child-welfare-service'];
  let welfareUrl: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const config: RuntimeConfig = {
      database: { kind: 'postgres', url: database.url, poolSize: 4 },
      transport: { kind: 'database-log' },
      limits: LIMITS,
    };
    for (const [name, module] of allServices(config)) apps[name] = await startServiceApp(module, { logger: ['error'] });
    await welfare().app.listen(0, '127.0.0.1');
    welfareUrl = await welfare().app.getUrl();
  }, 120_000);

  afterAll(async () => {
    streams.abort();
    for (const app of Object.values(apps).reverse()) await app.close();
    await drop?.();
  });

  /** `count` GETs with `key`, twenty in flight at a time. */
  async function flood(app: ServiceApp, key: string, count: number, path = '/cases'): Promise<SupertestResponse[]> {
    const answers: SupertestResponse[] = [];
    for (let sent = 0; sent < count; sent += 20) {
      answers.push(...(await Promise.all(Array.from({ length: Math.min(20, count - sent) }, () => app.http().get(path).set(bearer(key))))));
    }
    return answers;
  }

  const statuses = (answers: SupertestResponse[]) => answers.map((a) => a.status);

  function expectRateLimited(answer: SupertestResponse, who: RegExp): void {
    expect(answer.status).toBe(429);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 429, title: 'Too many requests', code: 'RATE_LIMIT.EXCEEDED', instance: '/cases' });
    expect(answer.body.detail).toMatch(who);
    const retryAfter = answer.headers['retry-after'];
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(LIMITS.windowSeconds);
  }

  describe('a flood of requests', () => {
    it('is served up to the credential’s limit and answered 429 problem details with Retry-After past it', async () => {
      const answers = await flood(court(), DevKeys.courtClerk, 200);
      expect(statuses(answers).filter((s) => s === 200)).toHaveLength(LIMITS.perCredential);
      const refused = answers.filter((a) => a.status !== 200);
      expect(refused).toHaveLength(200 - LIMITS.perCredential);
      for (const answer of refused) expectRateLimited(answer, /^this credential has made 20 requests in 3600 s/);
    });

    it('leaves another credential from the same address its own limit', async () => {
      const answers = await flood(court(), DevKeys.judge, 25);
      expect(statuses(answers).filter((s) => s === 200)).toHaveLength(LIMITS.perCredential);
      expect(statuses(answers).filter((s) => s === 429)).toHaveLength(5);
    });

    it('stops a third credential at the address’s limit, counting only the requests the credentials’ limits let through', async () => {
      // 20 of the clerk's and 20 of the judge's counted against the address; the 185 refused were not.
      const answers = await flood(court(), DevKeys.courtKandalClerk, 15);
      expect(statuses(answers).filter((s) => s === 200)).toHaveLength(LIMITS.perAddress - 2 * LIMITS.perCredential);
      const refused = answers.filter((a) => a.status !== 200);
      expect(refused).toHaveLength(5);
      for (const answer of refused) expectRateLimited(answer, /^this client address has made 50 requests in 3600 s/);
    });

    it('never limits the health checks', async () => {
      expect(statuses(await flood(court(), DevKeys.courtClerk, 40, '/health/live'))).toEqual(Array(40).fill(200));
      await court().http().get('/health/ready').expect(200);
    });

    it('counts a caller of a public route without a credential by its address', async () => {
      const answers = await Promise.all(Array.from({ length: 25 }, () => welfare().http().get('/jurisdiction')));
      expect(statuses(answers).filter((s) => s === 200)).toHaveLength(LIMITS.perCredential);
      const refused = answers.filter((a) => a.status !== 200);
      expect(refused).toHaveLength(5);
      expect(refused[0].body).toMatchObject({
        code: 'RATE_LIMIT.EXCEEDED',
        detail: expect.stringMatching(/^this client address has made 20 requests/),
      });
      expect(refused[0].headers['retry-after']).toMatch(/^\d+$/);
    });
  });

  describe('a page past the list’s range', () => {
    it.each([
      ['offset=1000001', 'offset', 'offset must not be greater than 1000000'],
      ['offset=-1', 'offset', 'offset must not be less than 0'],
      ['limit=501', 'limit', 'limit must not be greater than 500'],
    ])('is a 400 naming the field (?%s)', async (query, field, message) => {
      const answer = await apps['arrest-service'].http().get(`/arrests?${query}`).set(bearer(DevKeys.policeBattambang));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'REQUEST.INVALID', errors: [{ field, message }] });
    });
  });

  const streams = new AbortController();

  /** Opens GET /alerts/stream as `key`; a 200 stream stays open until `close` (or the suite's end). */
  async function openStream(key: string, lastEventId?: string) {
    const closer = new AbortController();
    const signal = AbortSignal.any([closer.signal, streams.signal]);
    const response = await fetch(`${welfareUrl}/alerts/stream`, {
      headers: { Accept: 'text/event-stream', ...bearer(key), ...(lastEventId === undefined ? {} : { 'Last-Event-ID': lastEventId }) },
      signal,
    });
    let received = '';
    if (response.status === 200) {
      void (async () => {
        const decoder = new TextDecoder();
        try {
          for await (const chunk of response.body!) received += decoder.decode(chunk as Uint8Array, { stream: true });
        } catch {
          // Closed by the test.
        }
      })();
    }
    return { response, close: () => closer.abort(), received: () => received };
  }

  const slots = () => welfare().app.get<ConcurrencyCap>(STREAM_SLOTS);
  /** The credential dev-welfare-officer names (deploy/local/dev-credentials.json): the streams are counted under it. */
  const OFFICER = 'welfare-officer-pp';

  describe('live streams', () => {
    it('lets a credential hold its two streams, answers a third 429 with Retry-After, and takes one again once a stream closes', async () => {
      const first = await openStream(DevKeys.welfareOfficer);
      const second = await openStream(DevKeys.welfareOfficer);
      expect([first.response.status, second.response.status]).toEqual([200, 200]);

      const third = await openStream(DevKeys.welfareOfficer);
      expect(third.response.status).toBe(429);
      expect(third.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(third.response.headers.get('retry-after')).toBe('15');
      expect(await third.response.json()).toMatchObject({ status: 429, code: 'STREAM.TOO_MANY', instance: '/alerts/stream' });
      // Another credential has its own.
      const monitors = await openStream(DevKeys.monitor);
      expect(monitors.response.status).toBe(200);

      first.close();
      await eventually(() => Promise.resolve(slots().inUse(OFFICER) === 1 ? true : undefined), 'the closed stream’s slot to be freed');
      const again = await openStream(DevKeys.welfareOfficer);
      expect(again.response.status).toBe(200);
      for (const s of [second, again, monitors]) s.close();
      await eventually(() => Promise.resolve(slots().inUse(OFFICER) === 0 ? true : undefined), 'every stream’s slot to be freed');
    });
  });

  describe('a stream reconnecting with Last-Event-ID', () => {
    let head: number;

    beforeAll(async () => {
      // Six arrests after dark in front of a child: six arrest-conduct-review alerts, six changes.
      for (let i = 0; i < 6; i++) {
        const body = anArrestBody();
        await apps['arrest-service']
          .http()
          .post('/arrests')
          .set(bearer(DevKeys.policePhnomPenh))
          .send({ ...body, person: { ...body.person, personId: `person-KH-${randomUUID().slice(0, 8)}` } })
          .expect(201);
      }
      head = await eventually(
        async () => {
          const [row] = await welfare().db.query<{ n: string; head: string }>(
            `SELECT count(*) AS n, max(position) AS head FROM child_welfare.alert_changes`,
          );
          return Number(row.n) >= 6 ? Number(row.head) : undefined;
        },
        'six alert changes',
        30_000,
        100,
      );
    });

    it('is answered 410 problem details saying to reload when more changes came after it than a replay sends, and keeps no slot', async () => {
      const refused = await openStream(DevKeys.welfareOfficer, '0');
      expect(refused.response.status).toBe(410);
      expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await refused.response.json()) as { detail: string };
      expect(problem).toMatchObject({ status: 410, code: 'STREAM.REPLAY_TOO_LONG', instance: '/alerts/stream' });
      expect(problem.detail).toBe(
        'more than 5 alert changes came after Last-Event-ID 0, more than a stream replays: open the stream again without Last-Event-ID, then read the current alerts from GET /alerts',
      );
      await eventually(() => Promise.resolve(slots().inUse(OFFICER) === 0 ? true : undefined), 'the refused stream’s slot to be freed');
    });

    it('is replayed what came after it when that is no more than the cap', async () => {
      const [{ from }] = await welfare().db.query<{ from: string }>(
        `SELECT position AS from FROM child_welfare.alert_changes ORDER BY position DESC OFFSET $1 LIMIT 1`,
        [LIMITS.replayChanges],
      );
      const resumed = await openStream(DevKeys.welfareOfficer, from);
      expect(resumed.response.status).toBe(200);
      const ids = await eventually(() => {
        const seen = [...resumed.received().matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
        return Promise.resolve(seen.length >= LIMITS.replayChanges ? seen : undefined);
      }, 'the replay');
      expect(ids).toHaveLength(LIMITS.replayChanges);
      expect(ids[ids.length - 1]).toBe(head);
      expect(ids.every((id) => id > Number(from))).toBe(true);
      resumed.close();
    });
  });
});
