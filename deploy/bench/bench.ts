/**
 * `npm run bench`: the whole stack against the real PostgreSQL and Kafka on this machine.
 *
 * Starts the arrest and child-welfare services as their own processes on a fresh database,
 * posts ARRESTS arrests through the REST API with CONCURRENCY requests in flight, and prints:
 *  - accepted commands per second,
 *  - p50/p99 latency from sending the POST to the child-welfare service having applied the event,
 * and, measured in the same run on the same machine, the raw baselines they are compared with:
 *  - single-row autocommit inserts with pg (same concurrency),
 *  - kafkajs produce-then-consume (rate and per-message latency).
 * Needs PostgreSQL on 127.0.0.1:5432 and a broker (deploy/local/kafka.sh up).
 *
 * BENCH=e2e runs only the above, BENCH=rebuild only the projection rebuild against a raw
 * consumer (rebuild-bench.ts), BENCH=all (the default) both, in that order. BENCH=long-file
 * alone measures one more fact's cost in a file of 10, 1,000 and 10,000 facts (long-file-bench.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { Client, Pool } from 'pg';
import { benchLongFile } from './long-file-bench';
import { benchRebuild } from './rebuild-bench';

const ARRESTS = Number(process.env.ARRESTS ?? 2000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const PG_ADMIN = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const BENCH = process.env.BENCH ?? 'all';
const ARREST_PORT = 3101;
const WELFARE_PORT = 3104;

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

async function main(): Promise<void> {
  if (!['e2e', 'rebuild', 'long-file', 'all'].includes(BENCH)) throw new Error(`BENCH must be e2e, rebuild, long-file or all, got "${BENCH}"`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  // Other work on the same cores moves every figure, the raw baselines too: say how busy it was.
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (BENCH === 'long-file') return benchLongFile({ freshDatabase });
  if (BENCH !== 'rebuild') await benchEndToEnd();
  if (BENCH === 'all') console.log('');
  if (BENCH !== 'e2e') await benchRebuild({ brokers: BROKERS, freshDatabase });
}

async function benchEndToEnd(): Promise<void> {
  console.log(`run: ${ARRESTS} arrests, ${CONCURRENCY} in flight\n`);
  const database = await freshDatabase();
  const services: ChildProcess[] = [];
  try {
    // One police key posts every arrest as fast as the services take them (a few hundred a
    // second), past a deployment's limit of 1,200 a minute: the bench sets the highest limits the
    // services take (the environment may set others), so the throttler still counts each request
    // (its cost is in the figures) but refuses none.
    const limits = { SAFEGUARD_RATE_LIMIT_PER_CREDENTIAL: '100000', SAFEGUARD_RATE_LIMIT_PER_ADDRESS: '100000' };
    const env = {
      ...limits,
      ...process.env,
      DATABASE_URL: database.url,
      KAFKA_BROKERS: BROKERS.join(','),
      SAFEGUARD_CONSUMER_GROUP: `bench-${randomUUID()}`,
      DATABASE_POOL_SIZE: '16',
    };
    services.push(startService('arrest-service', { ...env, ARREST_PORT: String(ARREST_PORT) }));
    await waitReady(ARREST_PORT);
    services.push(startService('child-welfare-service', { ...env, CHILD_WELFARE_PORT: String(WELFARE_PORT) }));
    await waitReady(WELFARE_PORT);

    await driveArrests(50, database.url); // warm-up: JIT, pools, topic metadata, consumer assignment
    const stack = await driveArrests(ARRESTS, database.url);
    const inserts = await rawInserts(database.url, ARRESTS);
    const kafka = await rawProduceConsume(ARRESTS);

    const rows: [string, string, string][] = [
      [
        'commands accepted per second',
        stack.perSecond.toFixed(0),
        `${(stack.perSecond / inserts.perSecond).toFixed(2)} × raw pg inserts (${inserts.perSecond.toFixed(0)}/s)`,
      ],
      [
        'p50 POST → applied by child-welfare (ms)',
        stack.p50.toFixed(1),
        `${(stack.p50 / kafka.p50).toFixed(1)} × raw produce→consume p50 (${kafka.p50.toFixed(1)} ms)`,
      ],
      [
        'p99 POST → applied by child-welfare (ms)',
        stack.p99.toFixed(1),
        `${(stack.p99 / kafka.p99).toFixed(1)} × raw produce→consume p99 (${kafka.p99.toFixed(1)} ms)`,
      ],
      ['raw kafkajs produce→consume per second', kafka.perSecond.toFixed(0), ''],
    ];
    for (const [name, value, ratio] of rows) console.log(`${name.padEnd(44)} ${value.padStart(8)}   ${ratio}`);
    console.log(
      `\nload average at end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(`targets on 2 cores: ≥ 1000 commands/s, p99 ≤ 500 ms`);
  } finally {
    agent.destroy();
    for (const s of services) s.kill('SIGTERM');
    await Promise.all(services.map((s) => new Promise((r) => (s.exitCode !== null ? r(null) : s.once('exit', r)))));
    await database.drop();
  }
}

async function driveArrests(count: number, databaseUrl: string): Promise<Figures> {
  const sentAt = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  const startedWall = Date.now();
  async function worker(): Promise<void> {
    while (next < count) {
      next++;
      const t0 = Date.now();
      const { status, body } = await postJson(`/arrests`, arrestBody());
      if (status !== 201) throw new Error(`POST /arrests answered ${status}: ${body}`);
      sentAt.set((JSON.parse(body) as { arrestId: string }).arrestId, t0);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;

  // Latency: the child-welfare service stamps each fact it keeps with its receipt time; wait until every arrest is applied.
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const deadline = Date.now() + 120_000;
  let rows: { arrest_id: string; applied: string }[] = [];
  while (Date.now() < deadline) {
    rows = (
      await pg.query<{ arrest_id: string; applied: string }>(
        `SELECT data->>'arrestId' AS arrest_id, (extract(epoch FROM received_at) * 1000)::float8 AS applied FROM child_welfare.facts
           WHERE type = 'ArrestMade' AND received_at >= to_timestamp($1 / 1000.0)`,
        [startedWall],
      )
    ).rows;
    if (rows.filter((r) => sentAt.has(r.arrest_id)).length >= sentAt.size) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await pg.end();
  const latencies = rows.flatMap((r) => {
    const sent = sentAt.get(r.arrest_id);
    return sent === undefined ? [] : [Number(r.applied) - sent];
  });
  if (latencies.length < sentAt.size) throw new Error(`only ${latencies.length} of ${sentAt.size} arrests reached the child-welfare service`);
  return { perSecond: count / seconds, ...percentiles(latencies) };
}

async function rawInserts(databaseUrl: string, count: number): Promise<Figures> {
  const pool = new Pool({ connectionString: databaseUrl, max: Math.min(CONCURRENCY, 16) });
  await pool.query('CREATE TABLE IF NOT EXISTS bench_raw (id bigserial PRIMARY KEY, body jsonb NOT NULL)');
  const body = JSON.stringify(arrestBody());
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        const t0 = performance.now();
        await pool.query('INSERT INTO bench_raw (body) VALUES ($1)', [body]);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  return { perSecond: count / seconds, ...percentiles(latencies) };
}

async function rawProduceConsume(count: number): Promise<Figures> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: BROKERS, logLevel: logLevel.ERROR });
  const topic = `bench.raw.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, maxWaitTimeInMs: 100 });
  const latencies: number[] = [];
  let resolveAll!: () => void;
  const allConsumed = new Promise<void>((r) => (resolveAll = r));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachMessage: ({ message }) => {
      latencies.push(Date.now() - Number(message.value?.toString()));
      if (latencies.length === count) resolveAll();
      return Promise.resolve();
    },
  });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        await producer.send({ topic, acks: -1, messages: [{ key: randomUUID(), value: String(Date.now()) }] });
      }
    }),
  );
  await allConsumed;
  const seconds = (performance.now() - started) / 1000;
  await producer.disconnect();
  await consumer.disconnect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return { perSecond: count / seconds, ...percentiles(latencies) };
}

function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

function arrestBody() {
  return {
    person: {
      personId: `person-${randomUUID()}`,
      name: 'Bench Person',
      sex: 'female',
      estimatedAgeYears: 30,
      nationality: 'KH',
      homeProvince: 'Kandal',
    },
    arrestedAt: new Date(Date.now() - 60_000).toISOString(),
    place: 'Takhmao',
    province: 'Kandal',
    arrestingUnitType: 'police',
    suspectedOffence: { name: 'Theft', offenceClass: 'misdemeanour', maximumPenaltyMonths: 36, violent: false, drugRelated: false },
    circumstances: { childrenPresent: 0, afterDark: false, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
  };
}

// A keep-alive agent and plain http: the load generator shares the 2 cores with what it measures,
// and fetch cost about twice the CPU per request here.
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function postJson(path: string, payload: object): Promise<{ status: number; body: string }> {
  const data = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port: ARREST_PORT,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), authorization: 'Bearer dev-police-pp-anti-drug' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

function startService(name: string, env: NodeJS.ProcessEnv): ChildProcess {
  // BENCH_CPU_PROF=<dir> writes each service's V8 CPU profile there on exit, to see where a run's time went.
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`, `--cpu-prof-name=${name}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...profile, join(__dirname, '..', '..', 'apps', name, 'src', 'main.js')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.once('exit', (code) => code && code !== 0 && console.error(`${name} exited with ${code}`));
  return child;
}

async function waitReady(port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`service on ${port} not ready in 60 s`);
}

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `safeguard_bench_${Date.now()}`;
  const admin = new Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
