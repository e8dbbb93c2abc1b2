/**
 * `BENCH=long-file npm run bench`: what one more fact costs the child-welfare service when the
 * person's file is already long (a long sentence with weekly visits).
 *
 * For each file length in LONG_FILE_SIZES (default 10, 1,000 and 10,000 facts), on a fresh
 * database: one person arrested, admitted with her two children recorded, then visited by her son
 * every week, her earlier facts loaded in bulk and judged once (as a rebuild leaves them), then
 * LONG_FILE_SAMPLES (default 20) more visits applied one at a time through the live path
 * (`ChildWelfareInbox.handle`: one transaction, the fact kept, her file judged), each timed.
 * Prints the cost per new fact at each length and its ratio to the shortest file's.
 */
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadavg } from 'node:os';
import { runtimeConfigFromEnv } from '@safeguard/platform';
import { Database } from '@safeguard/event-store';
import { anArrestMade } from '../../libs/contracts/src/testing/arrest-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted, aVisitTookPlace } from '../../libs/contracts/src/testing/prison-fixtures';
import { ChildWelfareServiceModule } from '../../apps/child-welfare-service/src/child-welfare-service.module';
import { ChildWelfareInbox } from '../../apps/child-welfare-service/src/inbox/child-welfare-inbox';
import { filedFactOf } from '../../apps/child-welfare-service/src/person-file/person-file';
import { keepFacts } from '../../apps/child-welfare-service/src/person-file/person-file-store';
import { agencyFact } from '../../apps/child-welfare-service/src/rebuild/agency-history.testing';

const SIZES = (process.env.LONG_FILE_SIZES ?? '10,1000,10000').split(',').map(Number);
const SAMPLES = Number(process.env.LONG_FILE_SAMPLES ?? 20);
const WEEK = 7 * 24 * 60 * 60_000;

export interface LongFileBenchOptions {
  freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }>;
}

interface Row {
  readonly facts: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly maxMs: number;
}

export async function benchLongFile(options: LongFileBenchOptions): Promise<void> {
  console.log(`long-file run: one person's file at ${SIZES.join(', ')} facts, ${SAMPLES} more visits applied one at a time at each`);
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(await measure(size, options));
  console.log(
    `\n${'facts in the file'.padEnd(18)} ${'mean ms/fact'.padStart(12)} ${'p50'.padStart(8)} ${'max'.padStart(8)}   ratio to ${rows[0].facts}`,
  );
  for (const r of rows) {
    console.log(
      `${String(r.facts).padEnd(18)} ${r.meanMs.toFixed(2).padStart(12)} ${r.p50Ms.toFixed(2).padStart(8)} ${r.maxMs.toFixed(2).padStart(8)}   ${(r.meanMs / rows[0].meanMs).toFixed(2)}×`,
    );
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('target: flat within 2× from 10 to 10,000 facts');
}

async function measure(size: number, options: LongFileBenchOptions): Promise<Row> {
  const database = await options.freshDatabase();
  let app: INestApplicationContext | undefined;
  try {
    const config = runtimeConfigFromEnv({ ...process.env, DATABASE_URL: database.url, KAFKA_BROKERS: '' });
    app = await NestFactory.createApplicationContext(ChildWelfareServiceModule.forRoot(config, { followAgencies: false }), {
      logger: ['error', 'warn'],
    });
    const inbox = app.get(ChildWelfareInbox);
    const db = app.get(Database);

    // Arrested, then admitted to serve a long sentence, visited every week since.
    const now = Date.now();
    const firstVisit = now - (size + SAMPLES) * WEEK;
    const arrest = anArrestMade({ arrestedAt: new Date(firstVisit - 3 * WEEK).toISOString() });
    const personId = arrest.data.person.personId;
    const admission = aPersonAdmitted({ personId, admittedAt: new Date(firstVisit - 2 * WEEK).toISOString(), legalStatus: 'convicted' });
    const children = aChildrenRecordedAtAdmission(admission.data);
    // Her son visits, with his grandmother, every week: the same child each time.
    const son = children.data.children[0].childId;
    const custody = `custody-${admission.data.custodyId}`;
    let position = 2;
    const visit = (week: number) =>
      agencyFact(
        'prison',
        custody,
        ++position,
        aVisitTookPlace(admission.data, { visitedAt: new Date(firstVisit + week * WEEK).toISOString(), childIds: [son] }),
      );
    const history = [
      agencyFact('arrest', `arrest-${arrest.data.arrestId}`, 1, arrest),
      agencyFact('prison', custody, 1, admission),
      agencyFact('prison', custody, 2, children),
    ];
    for (let week = 0; history.length < size; week++) history.push(visit(week));

    const receivedAt = new Date();
    const filed = history.map((f) => filedFactOf(f.envelope, receivedAt)).filter((f) => f !== null);
    if (filed.length !== history.length) throw new Error('a fact of the history is not one the child-welfare service follows');
    await db.transaction((sql) => keepFacts(sql, filed));
    await inbox.reconsider([personId]);
    // Warm-up on this file (JIT, plans), not timed.
    for (let i = 0; i < 3; i++) await inbox.handle(visit(size + i).envelope);

    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const next = visit(size + 3 + i).envelope;
      const t0 = performance.now();
      await inbox.handle(next);
      times.push(performance.now() - t0);
    }
    const [{ n }] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM child_welfare.facts WHERE person_id = $1`, [personId]);
    if (Number(n) !== size + 3 + SAMPLES) throw new Error(`the file holds ${n} facts, expected ${size + 3 + SAMPLES}`);
    const sorted = [...times].sort((a, b) => a - b);
    const row = {
      facts: size,
      meanMs: times.reduce((a, b) => a + b, 0) / times.length,
      p50Ms: sorted[Math.floor(sorted.length / 2)],
      maxMs: sorted[sorted.length - 1],
    };
    console.log(`  ${size} facts: ${row.meanMs.toFixed(2)} ms per new fact`);
    return row;
  } finally {
    await app?.close();
    await database.drop();
  }
}
