/**
 * An access log that answers an auditor (issue "Survives faults and hostile input"): who read or
 * changed which child's or parent's record, when, from where, with what outcome, refusals
 * included, kept append-only in each service's own PostgreSQL schema, listed for one child.
 * The four services on a fresh real PostgreSQL database, the child-welfare service following the
 * agencies' logs in it (no broker needed: the log is written by the HTTP shell, not by Kafka).
 */
import { randomUUID } from 'node:crypto';
import { Database, eventStoreMigration } from '@safeguard/event-store';
import { AccessLogRoutes, bearer, DevKeys, type AccessEntry, type RuntimeConfig } from '@safeguard/platform';
import { allServices } from '../apps/embedded/src/services';
import { ArrestServiceModule } from '../apps/arrest-service/src/arrest-service.module';
import { AccessLog1764220000000 } from '../apps/child-welfare-service/src/access-log.migration';
import { CHILD_WELFARE_MIGRATIONS } from '../apps/child-welfare-service/src/child-welfare-service.module';
import { anArrestBody, aScreeningBody } from './support/arrest-requests';
import { eventually } from './support/eventually';
import { startServiceApp, type ServiceApp } from './support/service-app';
import { createTestDatabase } from './support/test-database';
import { teardown } from './support/teardown';

const police = bearer(DevKeys.policePhnomPenh);
const otherPolice = bearer(DevKeys.policeBattambang);
const monitor = bearer(DevKeys.monitor);
const integrator = bearer(DevKeys.integrator);

/** The routes of each service that touch nobody's record, so are not logged; a new route must be logged or listed here. */
const NOT_LOGGED: Record<string, string[]> = {
  common: ['GET /health/live', 'GET /health/ready', 'GET /units', 'GET /units/:unitId'],
  'child-welfare-service': [
    'GET /jurisdiction',
    'GET /indicators',
    'GET /facilities',
    'GET /policies',
    // Webhook subscriptions: a receiver's URL and filters, and which alert changes were sent there; no child's or parent's record.
    'POST /subscriptions',
    'GET /subscriptions',
    'DELETE /subscriptions/:subscriptionId',
    'POST /subscriptions/:subscriptionId/secret-rotation',
    'GET /subscriptions/:subscriptionId/deliveries',
    'POST /subscriptions/:subscriptionId/deliveries/:deliveryId/redelivery',
  ],
};

jest.setTimeout(60_000);

describe('the access log [real PostgreSQL]', () => {
  let drop: () => Promise<void>;
  let config: RuntimeConfig;
  const apps: Record<string, ServiceApp> = {};
  const arrest = () => apps['arrest-service'];
  const welfare = () => apps['child-welfare-service'];
  const started = new Date();

  const childId = randomUUID();
  const correlationId = randomUUID();
  let arrestId: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    config = { database: { kind: 'postgres', url: database.url, poolSize: 4 }, transport: { kind: 'database-log' } };
    for (const [name, module] of allServices(config)) apps[name] = await startServiceApp(module, { logger: ['error'] });
  }, 120_000);

  afterAll(async () => {
    for (const app of Object.values(apps).reverse()) await app.close();
    await teardown(drop);
  });

  const list = async (app: ServiceApp, url: string): Promise<AccessEntry[]> => (await app.http().get(url).set(monitor).expect(200)).body.items;

  it('logs a police officer recording a child’s screening, with the change, in the arrest service', async () => {
    // A spoofed X-Forwarded-For is not believed: no proxy is trusted unless SAFEGUARD_TRUSTED_PROXIES says so.
    arrestId = (
      await arrest()
        .http()
        .post('/arrests')
        .set(police)
        .set('X-Forwarded-For', '203.0.113.9')
        .send({ ...anArrestBody(), person: { ...anArrestBody().person, personId: 'person-KH-7001' } })
        .expect(201)
    ).body.arrestId;
    const { childId: _, ...child } = { childId, ...aScreeningBody().children[0] };
    await arrest()
      .http()
      .post(`/arrests/${arrestId}/dependants-screening`)
      .set(police)
      .set('X-Correlation-Id', correlationId)
      .send(aScreeningBody({ childId, ...child }))
      .expect(201);
    // Another unit's officer is told the arrest does not exist; the auditor is told she tried.
    await arrest().http().get(`/arrests/${arrestId}`).set(otherPolice).expect(404);

    const entries = await list(arrest(), `/access-log?childId=${childId}`);
    // The arrest itself too: the screening recorded the child on it.
    expect(entries.map((e) => `${e.method} ${e.route} ${e.outcome}`)).toEqual([
      `GET /arrests/:arrestId 404`,
      `POST /arrests/:arrestId/dependants-screening 201`,
      `POST /arrests 201`,
    ]);
    const [refused, screening] = entries;
    expect(screening).toMatchObject({
      credentialId: 'police-pp-anti-drug',
      agency: 'police',
      role: 'police-officer',
      unitId: 'PP-ANTI-DRUG',
      action: 'change',
      childIds: [childId],
      personIds: ['person-KH-7001'],
      recordIds: [arrestId],
      correlationId,
    });
    // Listed under the child although it names only the arrest: the screening recorded the child on it.
    expect(refused).toMatchObject({
      credentialId: 'police-battambang',
      unitId: 'BTB-PROVINCIAL',
      action: 'read',
      childIds: [],
      recordIds: [arrestId],
    });
    for (const e of entries) {
      expect(e.clientAddress).toMatch(/^(127\.0\.0\.1|::1)$/);
      expect(Date.parse(e.at)).toBeGreaterThanOrEqual(started.getTime());
      expect(Date.parse(e.at)).toBeLessThanOrEqual(Date.now());
    }
    // The change and its entry committed together: the event carries the same correlation id.
    const [event] = await arrest().db.query(
      `SELECT correlation_id FROM arrest.events WHERE event_type = 'DependantsScreeningRecorded' AND stream_id LIKE $1`,
      [`%${arrestId}`],
    );
    expect(event.correlation_id).toBe(correlationId);
    const byPerson = await list(arrest(), '/access-log?personId=person-KH-7001');
    expect(byPerson.map((e) => `${e.method} ${e.route} ${e.outcome}`)).toEqual([
      `GET /arrests/:arrestId 404`,
      `POST /arrests/:arrestId/dependants-screening 201`,
      `POST /arrests 201`,
    ]);
  });

  it('logs a monitor reading the child’s journey, an integrator refused and a caller without a credential, and lists them for the child', async () => {
    // Wait on the projection itself: polling the route would log every 404 on the way.
    await eventually(
      async () => ((await welfare().db.query(`SELECT 1 FROM child_welfare.children WHERE child_ids ? $1`, [childId])).length > 0 ? true : undefined),
      'the child’s journey',
      30_000,
      100,
    );
    await welfare().http().get(`/children/${childId}`).set(monitor).expect(200);
    await welfare().http().get(`/children/${childId}`).set(integrator).expect(403);
    await welfare().http().get(`/children/${childId}`).expect(401);
    await welfare().http().get(`/children/${childId}`).set(bearer('not-a-key')).expect(401);

    const page = (await welfare().http().get(`/children/${childId}/access-log?limit=3`).set(monitor).expect(200)).body;
    expect(page).toMatchObject({ total: 4, limit: 3, offset: 0 });
    const [unknownKey, anonymous, refused] = page.items as AccessEntry[];
    // The first listing is itself logged, newest of all, so the second finds one entry more.
    const all = (await welfare().http().get(`/children/${childId}/access-log`).set(monitor).expect(200)).body.items as AccessEntry[];
    expect(all).toHaveLength(5);
    expect(all[0]).toMatchObject({ route: '/children/:childId/access-log', outcome: 200, role: 'oversight-monitor', childIds: [childId] });
    expect(all.slice(1, 4)).toEqual([unknownKey, anonymous, refused]);
    const read = all[4];

    const common = { method: 'GET', route: '/children/:childId', action: 'read', childIds: expect.arrayContaining([childId]) };
    expect(read).toMatchObject({
      ...common,
      outcome: 200,
      credentialId: 'monitor-licadho',
      agency: 'oversight',
      role: 'oversight-monitor',
      unitId: 'OVERSIGHT',
      personIds: ['person-KH-7001'],
    });
    expect(refused).toMatchObject({
      ...common,
      outcome: 403,
      credentialId: 'integrator-ngo',
      agency: 'integrator',
      role: 'integrator',
      unitId: 'NGO-CASEWORK',
    });
    expect(anonymous).toMatchObject({ ...common, outcome: 401, credentialId: null, role: null });
    expect(unknownKey).toMatchObject({ outcome: 401, credentialId: null });
    const times = [unknownKey, anonymous, refused, read].map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set([unknownKey, anonymous, refused, read].map((e) => e.correlationId)).size).toBe(4);

    // Integrators and the agencies may not read it; the listing itself is logged.
    await welfare().http().get(`/children/${childId}/access-log`).set(integrator).expect(403);
    const afterwards = await list(welfare(), `/access-log?childId=${childId}`);
    expect(afterwards.slice(0, 3).map((e) => `${e.route} ${e.outcome} ${e.role}`)).toEqual([
      '/children/:childId/access-log 403 integrator',
      '/children/:childId/access-log 200 oversight-monitor',
      '/children/:childId/access-log 200 oversight-monitor',
    ]);
  });

  it('never writes a query-string credential: the route template, not the URL', async () => {
    // A refused stream (every role may open one: an unknown key is refused), so the request ends.
    const token = `guessed-${randomUUID()}`;
    await welfare().http().get(`/alerts/stream?access_token=${token}`).expect(401);
    const [row] = await welfare().db.query(
      `SELECT to_jsonb(a)::text AS text, credential_id, route, outcome FROM child_welfare.access_log a WHERE route = '/alerts/stream' ORDER BY entry_id DESC LIMIT 1`,
    );
    expect(row).toMatchObject({ credential_id: null, route: '/alerts/stream', outcome: 401 });
    expect(row.text).not.toContain(token);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on every service’s access log', async () => {
    for (const [name, schema] of [
      ['arrest-service', 'arrest'],
      ['court-service', 'court'],
      ['prison-service', 'prison'],
      ['child-welfare-service', 'child_welfare'],
    ]) {
      const db = apps[name].db;
      if (name === 'arrest-service' || name === 'child-welfare-service')
        expect(Number((await db.query(`SELECT count(*) AS n FROM ${schema}.access_log`))[0].n)).toBeGreaterThan(0);
      await expect(db.query(`UPDATE ${schema}.access_log SET outcome = 200`)).rejects.toThrow('the access log is append-only: UPDATE refused');
      await expect(db.query(`DELETE FROM ${schema}.access_log`)).rejects.toThrow('the access log is append-only: DELETE refused');
      await expect(db.query(`TRUNCATE ${schema}.access_log`)).rejects.toThrow('the access log is append-only: TRUNCATE refused');
    }
    expect(Number((await arrest().db.query(`SELECT count(*) FILTER (WHERE outcome = 200) AS n FROM arrest.access_log`))[0].n)).toBeGreaterThan(0);
  });

  it('fails closed: a read whose entry cannot be written answers 503 and shows nothing; a change whose entry cannot be written stores nothing', async () => {
    const events = async () => Number((await arrest().db.query(`SELECT count(*) AS n FROM arrest.events`))[0].n);
    const before = await events();
    // A real fault, not a stand-in: the table is briefly not there.
    await welfare().db.query(`ALTER TABLE child_welfare.access_log RENAME TO access_log_away`);
    await arrest().db.query(`ALTER TABLE arrest.access_log RENAME TO access_log_away`);
    try {
      const read = await welfare().http().get(`/children/${childId}`).set(monitor);
      expect({ status: read.status, code: read.body.code, retryAfter: read.headers['retry-after'] }).toEqual({
        status: 503,
        code: 'ACCESS_LOG.UNAVAILABLE',
        retryAfter: '5',
      });
      expect(JSON.stringify(read.body)).not.toContain('journey');
      const change = await arrest()
        .http()
        .post(`/arrests/${arrestId}/family-contacts`)
        .set(police)
        .send({ contactedAt: '2026-03-01T22:15:00Z', method: 'phone', contactedRelation: 'grandparent', childIds: [childId] });
      expect({ status: change.status, code: change.body.code }).toEqual({ status: 503, code: 'ACCESS_LOG.UNAVAILABLE' });
      expect(await events()).toBe(before);
    } finally {
      await welfare().db.query(`ALTER TABLE child_welfare.access_log_away RENAME TO access_log`);
      await arrest().db.query(`ALTER TABLE arrest.access_log_away RENAME TO access_log`);
    }
    await welfare().http().get(`/children/${childId}`).set(monitor).expect(200);
  });

  it('believes X-Forwarded-For only from a proxy SAFEGUARD_TRUSTED_PROXIES names', async () => {
    process.env.SAFEGUARD_TRUSTED_PROXIES = 'loopback';
    let behindProxy: ServiceApp | undefined;
    try {
      behindProxy = await startServiceApp(ArrestServiceModule.forRoot(config), { logger: ['error'] });
      await behindProxy.http().get(`/arrests/${arrestId}`).set(monitor).set('X-Forwarded-For', '198.51.100.23').expect(200);
    } finally {
      delete process.env.SAFEGUARD_TRUSTED_PROXIES;
      await behindProxy?.close();
    }
    const [latest] = await list(arrest(), `/access-log?recordId=${arrestId}&limit=2`).then((items) =>
      items.filter((e) => e.route === '/arrests/:arrestId'),
    );
    expect(latest).toMatchObject({ outcome: 200, role: 'oversight-monitor', clientAddress: '198.51.100.23' });
  });

  it('logs every route that touches a child’s or parent’s record, in each service (a new route is logged or listed as not)', async () => {
    for (const [name, app] of Object.entries(apps)) {
      const document = (await app.http().get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
      const served = Object.entries(document.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      );
      const logged = app.app
        .get(AccessLogRoutes)
        .all()
        .map((r) => `${r.method} ${r.template}`);
      expect({ name, unlogged: served.filter((r) => !logged.includes(r)).sort() }).toEqual({
        name,
        unlogged: [...NOT_LOGGED.common, ...(NOT_LOGGED[name] ?? [])].sort(),
      });
    }
  });

  it('carries over the entries of the child-welfare service’s earlier log when it migrates, refusing UPDATE afterwards', async () => {
    const fresh = await createTestDatabase();
    try {
      const url = { kind: 'postgres', url: fresh.url, poolSize: 2 } as const;
      const before = CHILD_WELFARE_MIGRATIONS.slice(0, CHILD_WELFARE_MIGRATIONS.indexOf(AccessLog1764220000000));
      expect(before.length).toBeGreaterThan(0);
      const old = await Database.connect(url, 'child_welfare', [eventStoreMigration('child_welfare'), ...before]);
      await old.query(
        `INSERT INTO child_welfare.access_log (accessed_at, credential_id, agency, role, unit_id, user_id, resource, resource_id)
         VALUES ('2026-03-02T01:00:00Z', 'monitor-licadho', 'oversight', 'oversight-monitor', 'OVERSIGHT', 'monitor-1', 'child', 'child-a'),
                ('2026-03-02T02:00:00Z', 'welfare-officer-pp', 'oversight', 'child-welfare-officer', 'PP-SOCIAL-AFFAIRS', 'welfare-2', 'parent', 'person-b')`,
      );
      await old.close();
      const migrated = await Database.connect(url, 'child_welfare', [eventStoreMigration('child_welfare'), ...CHILD_WELFARE_MIGRATIONS]);
      try {
        const rows = await migrated.query(
          `SELECT accessed_at, credential_id, route, outcome, child_ids, person_ids, client_address FROM child_welfare.access_log ORDER BY entry_id`,
        );
        expect(rows.map((r) => ({ ...r, accessed_at: new Date(r.accessed_at as string).toISOString() }))).toEqual([
          {
            accessed_at: '2026-03-02T01:00:00.000Z',
            credential_id: 'monitor-licadho',
            route: '/children/:childId',
            outcome: 200,
            child_ids: ['child-a'],
            person_ids: [],
            client_address: 'unknown',
          },
          {
            accessed_at: '2026-03-02T02:00:00.000Z',
            credential_id: 'welfare-officer-pp',
            route: '/parents/:personId',
            outcome: 200,
            child_ids: [],
            person_ids: ['person-b'],
            client_address: 'unknown',
          },
        ]);
        await expect(migrated.query(`UPDATE child_welfare.access_log SET credential_id = 'someone-else'`)).rejects.toThrow('append-only');
      } finally {
        await migrated.close();
      }
    } finally {
      await fresh.drop();
    }
  });
});
