/**
 * Scale-out: two child-welfare instances share one database and one consumer group, each taking
 * some of the agency topics' partitions. One is a separate process, killed with SIGKILL while
 * arrests stream in; the other takes its partitions over once the dead member's session expires
 * (a rebalance) and reads again what the dead one had not committed. Every fact is applied once,
 * no alert is raised twice, and the two deadline sweepers, racing on the same due deadlines,
 * fire each of them once.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '@safeguard/event-store';
import { KafkaConnection } from '@safeguard/messaging';
import { bearer, DevKeys } from '@safeguard/platform';
import { ArrestServiceModule } from '../apps/arrest-service/src/arrest-service.module';
import { ChildWelfareServiceModule } from '../apps/child-welfare-service/src/child-welfare-service.module';
import { PUBLISHED_AGENCY_TOPICS } from '../apps/child-welfare-service/src/inbox/subscription.providers';
import { anArrestBody } from './support/arrest-requests';
import { startNodeUntil } from './support/child-process';
import { describeWithKafka, TEST_KAFKA_BROKERS } from './support/environment';
import { eventually } from './support/eventually';
import { startServiceApp, type ServiceApp } from './support/service-app';
import { createTestDatabase } from './support/test-database';
import { teardown } from './support/teardown';

const root = join(__dirname, '..');
const ARRESTS = 120;
const KILL_AFTER = 40;

/** Builds the services as `npm run build` does, into a scratch folder inside the tree (so contracts/ and node_modules are found above it). */
function buildServices(): string {
  const out = mkdtempSync(join(root, 'test-output', 'scale-out-build-'));
  execFileSync(join(root, 'node_modules', '.bin', 'swc'), ['apps', 'libs', '-d', out, '--config-file', '.swcrc', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  return out;
}

function startSecondInstance(build: string, env: Record<string, string>): Promise<ChildProcess> {
  return startNodeUntil([join(build, 'apps', 'child-welfare-service', 'src', 'main.js')], 'listening on', {
    cwd: root,
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
  });
}

/** An arrest of five hours ago and no screening: the dependants-not-asked deadline (3 h) is due the moment it is armed. */
const personPrefix = `person-scale-out-${randomUUID().slice(0, 8)}-`;
function unscreenedArrest(i: number) {
  const body = anArrestBody();
  return { ...body, person: { ...body.person, personId: `${personPrefix}${i}` }, arrestedAt: new Date(Date.now() - 5 * 3_600_000).toISOString() };
}

describeWithKafka('two child-welfare instances in one consumer group', () => {
  const groupId = `child-welfare-scale-out-${randomUUID()}`;
  let build: string;
  let drop: () => Promise<void>;
  let arrest: ServiceApp;
  let first: ServiceApp;
  let second: ChildProcess | undefined;

  beforeAll(async () => {
    build = buildServices();
    const database = await createTestDatabase();
    drop = database.drop;
    const kafka = new KafkaConnection(TEST_KAFKA_BROKERS, 'scale-out-test');
    await kafka.ensureTopics(PUBLISHED_AGENCY_TOPICS);
    await kafka.close();
    const config = {
      database: { kind: 'postgres', url: database.url, poolSize: 6 },
      transport: { kind: 'kafka', brokers: TEST_KAFKA_BROKERS },
    } as const;
    arrest = await startServiceApp(ArrestServiceModule.forRoot(config), { logger: ['error'] });
    first = await startServiceApp(
      ChildWelfareServiceModule.forRoot(config, { consumerGroup: groupId, sweepIntervalMs: 50, reportingGraceMinutes: 0 }),
      { logger: ['error'] },
    );
    await eventually(
      async () => ((await first.http().get('/health/ready')).status === 200 ? true : undefined),
      'the first instance to join',
      60_000,
      100,
    );
    // Port 0 is refused by the port parser; a port nobody else in the suite uses.
    second = await startSecondInstance(build, {
      DATABASE_URL: database.url,
      KAFKA_BROKERS: TEST_KAFKA_BROKERS.join(','),
      SAFEGUARD_CONSUMER_GROUP: groupId,
      SAFEGUARD_REPORTING_GRACE_MINUTES: '0',
      CHILD_WELFARE_PORT: String(3_900 + Math.floor(Math.random() * 90)),
    });
  }, 180_000);

  afterAll(async () => {
    second?.kill('SIGKILL');
    await teardown(first, arrest, drop);
    if (build) rmSync(build, { recursive: true, force: true });
  }, 90_000);

  it('applies every fact once and fires every deadline once when one instance is killed mid-stream', async () => {
    // The second instance has joined once the group spreads the partitions over both members.
    await eventually(
      async () => {
        const admin = arrest.app.get(KafkaConnection).kafka.admin();
        await admin.connect();
        try {
          const [group] = (await admin.describeGroups([groupId])).groups;
          return group.state === 'Stable' && group.members.length === 2 ? true : undefined;
        } finally {
          await admin.disconnect();
        }
      },
      'both instances to be members of the group',
      60_000,
      250,
    );

    for (let i = 0; i < ARRESTS; i++) {
      if (i === KILL_AFTER) second!.kill('SIGKILL');
      await arrest.http().post('/arrests').set(bearer(DevKeys.policePhnomPenh)).send(unscreenedArrest(i)).expect(201);
    }

    const welfare = first.db;
    const arrestIds = (
      await arrest.app
        .get(Database)
        .query<{ arrest_id: string }>(`SELECT data->>'arrestId' AS arrest_id FROM arrest.events WHERE event_type = 'ArrestMade'`)
    ).map((r) => r.arrest_id);
    expect(arrestIds).toHaveLength(ARRESTS);
    // The survivor takes the dead member's partitions after its 30 s session and catches up.
    let progress: { facts: number; fired: number } | undefined;
    await eventually(
      async () => {
        const [row] = await welfare.query<{ facts: number; fired: number }>(
          `SELECT (SELECT count(*)::int FROM child_welfare.facts WHERE type = 'ArrestMade' AND person_id LIKE $1) AS facts,
                  (SELECT count(*)::int FROM child_welfare.deadlines WHERE rule_id = 'dependants-not-asked-at-arrest' AND status = 'fired' AND subject_key = ANY($2)) AS fired`,
          [`${personPrefix}%`, arrestIds],
        );
        progress = row;
        return row.facts === ARRESTS && row.fired === ARRESTS ? row : undefined;
      },
      'every arrest applied and its deadline fired by the surviving instance',
      120_000,
      500,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; last seen ${JSON.stringify(progress)}`);
    });

    // The shared topics also hold other suites' history, which this fresh database applies too:
    // counted here are this run's people only.
    const stored = await arrest.app.get(Database).query<{ event_id: string }>(`SELECT event_id FROM arrest.events`);
    const storedIds = stored.map((r) => r.event_id);
    const [counts] = await welfare.query<{ raised: number; alerts: number; missed: number; facts: number }>(
      `SELECT (SELECT count(*)::int FROM child_welfare.events WHERE event_type = 'AlertRaised' AND data->>'personId' LIKE $1) AS raised,
              (SELECT count(DISTINCT stream_id)::int FROM child_welfare.events WHERE event_type = 'AlertRaised' AND data->>'personId' LIKE $1) AS alerts,
              (SELECT count(*)::int FROM child_welfare.alerts WHERE rule_id = 'dependants-not-asked-at-arrest' AND person_id LIKE $1) AS missed,
              (SELECT count(*)::int FROM child_welfare.facts WHERE event_id = ANY($2::uuid[])) AS facts`,
      [`${personPrefix}%`, storedIds],
    );
    // One alert per arrest for the missed screening, each raised once whichever instance fired it.
    expect(counts.missed).toBe(ARRESTS);
    expect(counts.raised).toBe(counts.alerts);
    // Every agency event the arrest service stored is applied once: kept once as a fact, whose
    // primary key is the inbox's dedupe.
    expect(counts.facts).toBe(storedIds.length);
  }, 300_000);
});
