import { randomUUID } from 'node:crypto';
import type { Actor } from '@safeguard/contracts';
import { VersionConflict } from '@safeguard/domain';
import { aDependantsScreening, anArrestMade } from '../../contracts/src/testing/arrest-fixtures';
import { Database } from './database';
import type { DatabaseConfig } from './database-config';
import { EventStore, START_OF_LOG } from './event-store';
import { eventStoreMigration } from './migrations/event-store.migration';
import { testPgliteConfig, testPostgresConfig, uniqueSchema } from './test-databases';

const actor: Actor = { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG', userId: 'officer-17' };
const metadata = () => ({ correlationId: randomUUID(), causationId: null, actor });

describe.each<[string, () => DatabaseConfig]>([
  ['PostgreSQL', testPostgresConfig],
  ['PGlite (embedded)', testPgliteConfig],
])('event store on %s', (_name, config) => {
  let db: Database;
  let store: EventStore;
  const schema = uniqueSchema('es_test');

  beforeAll(async () => {
    db = await Database.connect(config(), schema, [eventStoreMigration(schema)]);
    store = new EventStore(db, { schema, source: '/safeguard/test', outbox: true });
  }, 60_000);
  afterAll(async () => {
    if (db.config.kind === 'postgres') await db.query(`DROP SCHEMA "${schema}" CASCADE`);
    await db.close();
  });

  it('stores events with their metadata and reads the stream back in order', async () => {
    const arrest = anArrestMade();
    const streamId = `arrest-${arrest.data.arrestId}`;
    await db.transaction((sql) => store.append(sql, streamId, 0, [arrest, aDependantsScreening(arrest.data)], metadata()));

    const stream = await store.readStream(streamId);

    expect(stream.version).toBe(2);
    expect(stream.events.map((e) => [e.type, e.streamPosition, e.schemaVersion])).toEqual([
      ['ArrestMade', 1, 1],
      ['DependantsScreeningRecorded', 2, 1],
    ]);
    expect(stream.events[0]).toMatchObject({ subject: arrest.data.person.personId, occurredAt: arrest.data.arrestedAt, actor });
    expect(Date.parse(stream.events[0].recordedAt)).toBeGreaterThan(Date.parse(arrest.data.arrestedAt));
  });

  it('writes one outbox row per event in the same transaction', async () => {
    const arrest = anArrestMade();
    const [appended] = await db.transaction((sql) => store.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest], metadata()));
    const rows = await db.query(`SELECT topic FROM "${schema}".outbox WHERE global_position = $1`, [appended.globalPosition]);
    expect(rows).toEqual([{ topic: 'justice.arrest.events.v1' }]);
  });

  it('rejects an append at a stale version and stores nothing', async () => {
    const arrest = anArrestMade();
    const streamId = `arrest-${arrest.data.arrestId}`;
    await db.transaction((sql) => store.append(sql, streamId, 0, [arrest], metadata()));

    await expect(db.transaction((sql) => store.append(sql, streamId, 0, [aDependantsScreening(arrest.data)], metadata()))).rejects.toBeInstanceOf(VersionConflict);
    await expect(db.transaction((sql) => store.append(sql, streamId, 5, [aDependantsScreening(arrest.data)], metadata()))).rejects.toBeInstanceOf(VersionConflict);
    expect((await store.readStream(streamId)).version).toBe(1);
  });

  it('lets exactly one of two concurrent appends to a stream succeed', async () => {
    const arrest = anArrestMade();
    const streamId = `arrest-${arrest.data.arrestId}`;
    await db.transaction((sql) => store.append(sql, streamId, 0, [arrest], metadata()));

    const outcomes = await Promise.allSettled(
      [1, 2].map(() =>
        db.transaction(async (sql) => {
          await store.readStream(streamId, sql);
          // Give the other transaction time to reach the same point before either writes.
          await new Promise((r) => setTimeout(r, 50));
          return store.append(sql, streamId, 1, [aDependantsScreening(arrest.data)], metadata());
        }),
      ),
    );

    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (db.config.kind === 'pglite') {
      // The embedded database serialises transactions: the second one sees version 2 and conflicts.
      expect(rejected).toHaveLength(1);
    }
    expect(rejected.map((r) => r.reason)).toEqual([expect.any(VersionConflict)]);
    expect((await store.readStream(streamId)).version).toBe(2);
  });

  it('refuses an event that breaks its JSON Schema', async () => {
    const arrest = anArrestMade({ province: '' });
    await expect(db.transaction((sql) => store.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest], metadata()))).rejects.toThrow(/breaks its schema/);
  });

  it('reads the global log in commit order from a checkpoint', async () => {
    const before = await store.readLog(START_OF_LOG, 10_000);
    const last = before[before.length - 1].position;
    const arrest = anArrestMade();
    await db.transaction((sql) => store.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest], metadata()));

    const after = await store.readLog(last, 100);

    expect(after.map((e) => e.envelope.data)).toEqual([arrest.data]);
  });
});

describe('global log on PostgreSQL with a transaction that commits late', () => {
  const schema = uniqueSchema('es_log');
  let db: Database;
  let store: EventStore;
  beforeAll(async () => {
    db = await Database.connect(testPostgresConfig(), schema, [eventStoreMigration(schema)]);
    store = new EventStore(db, { schema, source: '/safeguard/test', outbox: false });
  });
  afterAll(async () => {
    await db.query(`DROP SCHEMA "${schema}" CASCADE`);
    await db.close();
  });

  it('does not let a reader skip an event whose transaction is still open', async () => {
    const slow = anArrestMade();
    const fast = anArrestMade();
    let releaseSlow!: () => void;
    const slowCanCommit = new Promise<void>((r) => (releaseSlow = r));
    const slowTx = db.transaction(async (sql) => {
      await store.append(sql, `arrest-${slow.data.arrestId}`, 0, [slow], metadata());
      await slowCanCommit;
    });
    await new Promise((r) => setTimeout(r, 50));
    await db.transaction((sql) => store.append(sql, `arrest-${fast.data.arrestId}`, 0, [fast], metadata()));

    const whileOpen = await store.readLog(START_OF_LOG, 100);
    releaseSlow();
    await slowTx;
    const afterCommit = await store.readLog(START_OF_LOG, 100);

    // The fast event has a later global position but is held back until the slow one is visible.
    expect(whileOpen).toEqual([]);
    expect(afterCommit.map((e) => e.envelope.data)).toEqual([slow.data, fast.data]);
  });
});
