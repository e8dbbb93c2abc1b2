/**
 * `BENCH=rebuild npm run bench`: the projection rebuild against the broker's own read speed.
 *
 * Publishes REBUILD_FACTS (default 100,000) agency facts, the agencies' histories of tens of
 * thousands of people (rebuild/agency-history.testing.ts: the contract fixtures, as CloudEvents),
 * onto three fresh topics, then measures on the same machine in the same run:
 *  (a) a raw kafkajs consumer reading those topics from the start (eachBatch, nothing done with
 *      a message but counting it; the same fetch sizes the rebuild uses): messages/s;
 *  (b) the projection rebuild over them into a fresh database, in a process of its own
 *      (rebuild-run.ts): facts/s, from its start to the last person judged;
 * and prints both with their ratio, the rebuild's phases, and where the CPU went.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { toCloudEventMessage } from '@safeguard/contracts';
import { agencyHistory, type AgencyFact, type AgencyName } from '../../apps/child-welfare-service/src/rebuild/agency-history.testing';
import {
  REPLAY_FETCH_BYTES,
  REPLAY_FETCH_BYTES_PER_PARTITION,
  REPLAY_PARTITIONS_AT_ONCE,
} from '../../apps/child-welfare-service/src/rebuild/topic-replay';
import type { RebuildReport } from '../../apps/child-welfare-service/src/rebuild/projection-rebuild';

const FACTS = Number(process.env.REBUILD_FACTS ?? 100_000);
const SEED = Number(process.env.REBUILD_SEED ?? 2026);
const PARTITIONS = 3;
/** Messages per produce request, and requests in flight: seeding is not what is measured. */
const PRODUCE_BATCH = 1_000;
const PRODUCE_IN_FLIGHT = 4;

export interface RebuildBenchOptions {
  readonly brokers: readonly string[];
  /** A fresh database for the rebuild, and how to drop it. */
  freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }>;
}

export async function benchRebuild(options: RebuildBenchOptions): Promise<void> {
  const kafka = new Kafka({ clientId: 'bench-rebuild', brokers: [...options.brokers], logLevel: logLevel.ERROR });
  const run = randomUUID().slice(0, 8);
  const topics: Record<AgencyName, string> = {
    arrest: `bench.rebuild.${run}.arrest`,
    court: `bench.rebuild.${run}.court`,
    prison: `bench.rebuild.${run}.prison`,
  };
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: Object.values(topics).map((topic) => ({ topic, numPartitions: PARTITIONS, replicationFactor: 1 })),
    });
    const history = agencyHistory(FACTS, SEED, new Date());
    const seeded = await publish(kafka, history.facts, topics);
    console.log(
      `rebuild run: ${history.facts.length} facts of ${history.people} people on ${Object.keys(topics).length} topics × ${PARTITIONS} partitions (published in ${(seeded / 1000).toFixed(1)} s)`,
    );

    console.log(`load average before the raw read: ${loadLine()}`);
    const raw = await rawRead(kafka, Object.values(topics), history.facts.length);
    console.log(`load average before the rebuild: ${loadLine()}`);
    const database = await options.freshDatabase();
    let rebuilt: { report: RebuildReport; cpuMs: number; busyMs: number };
    try {
      rebuilt = await rebuildOver(database.url, options.brokers, Object.values(topics));
    } finally {
      await database.drop();
    }
    const { report } = rebuilt;
    if (report.facts !== history.facts.length) throw new Error(`the rebuild kept ${report.facts} of ${history.facts.length} facts`);
    const factsPerSecond = report.facts / (report.tookMs / 1000);
    const rows: [string, string, string][] = [
      ['raw kafkajs consumer, messages per second', raw.toFixed(0), `${history.facts.length} messages from offset 0`],
      ['projection rebuild, facts per second', factsPerSecond.toFixed(0), `${(factsPerSecond / raw).toFixed(2)} × raw (target ≥ 0.3×)`],
      ['  load: read, decode, keep (s)', (report.loadMs / 1000).toFixed(1), `${(report.facts / (report.loadMs / 1000)).toFixed(0)} facts/s`],
      ['  judge: each person once (s)', (report.judgeMs / 1000).toFixed(1), `${(report.people / (report.judgeMs / 1000)).toFixed(0)} people/s`],
      ['  rebuild process CPU (s)', (rebuilt.cpuMs / 1000).toFixed(1), `of ${(report.tookMs / 1000).toFixed(1)} s wall`],
      [
        '  whole machine busy CPU (s)',
        (rebuilt.busyMs / 1000).toFixed(1),
        `PostgreSQL, the broker and the rest: ${((rebuilt.busyMs - rebuilt.cpuMs) / 1000).toFixed(1)} s`,
      ],
    ];
    for (const [name, value, note] of rows) console.log(`${name.padEnd(44)} ${value.padStart(8)}   ${note}`);
    console.log(
      `rebuilt ${report.facts} facts, ${report.people} people, ${report.children} children; ${report.announced} journeys announced; ${report.failed} messages skipped`,
    );
  } finally {
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
    await admin.disconnect();
  }
}

/** Publishes the facts, keyed by person as the relay does, in large produce requests; returns the time taken. */
async function publish(kafka: Kafka, facts: readonly AgencyFact[], topics: Record<AgencyName, string>): Promise<number> {
  const producer = kafka.producer();
  await producer.connect();
  const started = performance.now();
  try {
    const batches: { topic: string; messages: Message[] }[] = [];
    for (const agency of Object.keys(topics) as AgencyName[]) {
      const messages = facts
        .filter((f) => f.agency === agency)
        .map(({ envelope }): Message => {
          const m = toCloudEventMessage(envelope);
          return { key: m.key, value: m.value, headers: m.headers };
        });
      for (let i = 0; i < messages.length; i += PRODUCE_BATCH)
        batches.push({ topic: topics[agency], messages: messages.slice(i, i + PRODUCE_BATCH) });
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: PRODUCE_IN_FLIGHT }, async () => {
        while (next < batches.length) await producer.send({ ...batches[next++], acks: -1 });
      }),
    );
    return performance.now() - started;
  } finally {
    await producer.disconnect();
  }
}

/** Reads every message of the topics from offset 0 with a fresh group, doing nothing with them: the broker's read speed here. */
async function rawRead(kafka: Kafka, topics: readonly string[], expected: number): Promise<number> {
  const groupId = `bench-rebuild-raw-${randomUUID()}`;
  const consumer = kafka.consumer({
    groupId,
    maxWaitTimeInMs: 100,
    maxBytesPerPartition: REPLAY_FETCH_BYTES_PER_PARTITION,
    maxBytes: REPLAY_FETCH_BYTES,
  });
  await consumer.connect();
  let read = 0;
  let bytes = 0;
  try {
    // Timed as the rebuild times itself: from a connected client, the group join included.
    const started = performance.now();
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    const seconds = await new Promise<number>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          partitionsConsumedConcurrently: REPLAY_PARTITIONS_AT_ONCE,
          // Nothing is done with a message but counting it: the broker's read speed, nothing more.
          eachBatch: ({ batch }) => {
            for (const m of batch.messages) bytes += m.value?.length ?? 0;
            read += batch.messages.length;
            if (read >= expected) resolve((performance.now() - started) / 1000);
            return Promise.resolve();
          },
        })
        .catch(reject);
    });
    if (bytes === 0) throw new Error('the raw consumer read no bytes');
    return read / seconds;
  } finally {
    await consumer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

/** Runs rebuild-run.js over the topics; its report, its CPU time, and the whole machine's busy CPU time meanwhile. */
async function rebuildOver(
  databaseUrl: string,
  brokers: readonly string[],
  topics: readonly string[],
): Promise<{ report: RebuildReport; cpuMs: number; busyMs: number }> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '9',
    KAFKA_BROKERS: brokers.join(','),
    BENCH_REBUILD_TOPICS: topics.join(','),
  };
  const args = [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    join(__dirname, 'rebuild-run.js'),
  ];
  const busyBefore = machineBusyMs();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const busyMs = machineBusyMs() - busyBefore;
  if (code !== 0) throw new Error(`the rebuild exited with ${code}`);
  const line = out.trim().split('\n').pop() ?? '';
  return { ...(JSON.parse(line) as { report: RebuildReport; cpuMs: number }), busyMs };
}

/** CPU time spent by every core not idle since boot, from /proc/stat (Linux), in ms. */
function machineBusyMs(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / 100;
}

function loadLine(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}
