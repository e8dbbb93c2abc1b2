import { randomUUID } from 'node:crypto';
import { EventCatalogue, storeContracts, upcast, type Actor, type EventEnvelope, type PublicEvent } from '@safeguard/contracts';
import { VersionConflict } from '@safeguard/domain';
import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import {
  aCaseOpenedV1,
  aChildrenRecordedAtAdmissionV1,
  aClemencyGrantedV1,
  aDependantsScreeningV1,
  aHearingScheduledV1,
  aReleaseScheduledV1,
  aSentenceImposedV1,
  aVisitTookPlaceV1,
} from '@safeguard/contracts/testing/v1-fixtures';
import { Database } from './database';
import type { DatabaseConfig } from './database-config';
import { EventStore, START_OF_LOG, toStoredEnvelope } from './event-store';
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
    store = new EventStore(db, { schema, source: '/safeguard/test', outbox: true, contracts: storeContracts });
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
      ['DependantsScreeningRecorded', 2, 2],
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

    await expect(db.transaction((sql) => store.append(sql, streamId, 0, [aDependantsScreening(arrest.data)], metadata()))).rejects.toBeInstanceOf(
      VersionConflict,
    );
    await expect(db.transaction((sql) => store.append(sql, streamId, 5, [aDependantsScreening(arrest.data)], metadata()))).rejects.toBeInstanceOf(
      VersionConflict,
    );
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
    await expect(db.transaction((sql) => store.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest], metadata()))).rejects.toThrow(
      /breaks its schema/,
    );
  });

  it('checks and places events by the contracts it was given, not by a catalogue of its own', async () => {
    const arrest = anArrestMade();
    const refusing = new EventStore(db, {
      schema,
      source: '/safeguard/test',
      outbox: true,
      contracts: { ...storeContracts, problems: () => [{ path: '/place', message: 'refused by the given validator' }] },
    });
    await expect(db.transaction((sql) => refusing.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest], metadata()))).rejects.toThrow(
      /ArrestMade breaks its schema: \/place refused by the given validator/,
    );
    const placing = new EventStore(db, {
      schema,
      source: '/safeguard/test',
      outbox: true,
      contracts: { ...storeContracts, placementOf: (event) => ({ ...storeContracts.placementOf(event), subject: 'given-subject' }) },
    });
    const [appended] = await db.transaction((sql) => placing.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest], metadata()));
    expect(appended.subject).toBe('given-subject');
  });

  it('reads the global log in commit order from a checkpoint', async () => {
    const before = await store.readLog(START_OF_LOG, 10_000);
    const last = before[before.length - 1].position;
    const arrest = anArrestMade();
    await db.transaction((sql) => store.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest], metadata()));

    const after = await store.readLog(last, 100);

    expect(after.map((e) => e.envelope.data)).toEqual([arrest.data]);
  });

  describe('given streams written before their events moved to schema v2', () => {
    /** A fact as an older producer stored it: its type, the version it was written at, its data. */
    type Stored = { readonly type: PublicEvent['type']; readonly schemaVersion: number; readonly data: unknown };
    const asStored = (event: PublicEvent): Stored => ({
      type: event.type,
      schemaVersion: EventCatalogue[event.type].schemaVersion,
      data: event.data,
    });

    const arrest = anArrestMade();
    const personId = arrest.data.person.personId;
    const admission = aPersonAdmitted({ personId });
    const opened = aCaseOpenedV1({ personId, arrestIds: [arrest.data.arrestId] });
    const visit = aVisitTookPlaceV1(admission.data);
    /** One stream per agency as the services kept them, every changed event at v1 and the rest as they are. */
    const v1Streams: Record<string, Stored[]> = {
      arrest: [asStored(arrest), aDependantsScreeningV1(arrest.data)],
      case: [opened, aHearingScheduledV1(opened.data), aSentenceImposedV1(opened.data), aClemencyGrantedV1(opened.data)],
      custody: [
        asStored(admission),
        aChildrenRecordedAtAdmissionV1(admission.data),
        visit,
        aVisitTookPlaceV1(admission.data, { childId: null, visitorName: 'Chan Vuthy', accompanyingAdult: null }),
        aReleaseScheduledV1(admission.data),
      ],
    };
    const run = randomUUID();
    const v1StreamId = (name: string) => `${name}-stored-v1-${run}`;
    const v2StreamId = (name: string) => `${name}-written-v2-${run}`;

    /** Inserts rows the way the store wrote them before v2, bypassing today's append (which writes only current versions). */
    async function insertStored(streamId: string, facts: readonly Stored[]): Promise<void> {
      for (const [i, fact] of facts.entries()) {
        const data = fact.data as Record<string, unknown> & { personId?: string; person?: { personId: string } };
        await db.query(
          `INSERT INTO "${schema}".events (event_id, stream_id, stream_position, event_type, schema_version, subject, data, occurred_at, correlation_id, causation_id, actor, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, '/safeguard/test')`,
          [
            randomUUID(),
            streamId,
            i + 1,
            fact.type,
            fact.schemaVersion,
            data.personId ?? data.person!.personId,
            JSON.stringify(data),
            data[EventCatalogue[fact.type].occurredAt as string],
            randomUUID(),
            JSON.stringify(actor),
          ],
        );
      }
    }

    /** What a reader of the stream sees: the fact's type, version and data, in stream order. */
    const facts = (events: readonly EventEnvelope[]) => events.map((e) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }));
    let logStart = START_OF_LOG;

    beforeAll(async () => {
      const before = await store.readLog(START_OF_LOG, 100_000);
      logStart = before[before.length - 1]?.position ?? START_OF_LOG;
      for (const [name, stored] of Object.entries(v1Streams)) {
        await insertStored(v1StreamId(name), stored);
        // The same facts written today: each upcast, then appended (and so validated) at the current version.
        const current = stored.map((f) => ({ type: f.type, data: upcast(f.type, f.schemaVersion, f.data).data }) as PublicEvent);
        await db.transaction((sql) => store.append(sql, v2StreamId(name), 0, current, metadata()));
      }
    });

    it.each(Object.keys(v1Streams))('reads the %s stream stored at v1 exactly as the same stream written at v2', async (name) => {
      const stored = await store.readStream(v1StreamId(name));
      const written = await store.readStream(v2StreamId(name));
      expect(stored.version).toBe(written.version);
      expect(facts(stored.events)).toEqual(facts(written.events));
      expect(stored.events.map((e) => e.schemaVersion)).toEqual(
        stored.events.map((e) => EventCatalogue[e.type as PublicEvent['type']].schemaVersion),
      );
    });

    it('hands a v1 visit to its reader as a v2 visit naming the child in childIds', async () => {
      const { events } = await store.readStream(v1StreamId('custody'));
      const visits = events.filter((e) => e.type === 'VisitTookPlace').map((e) => e.data as { childIds: string[]; childId?: unknown });
      expect(visits.map((v) => v.childIds)).toEqual([[visit.data.childId], []]);
      expect(visits.every((v) => !('childId' in v))).toBe(true);
    });

    it('reads the global log of v1 rows at the current versions too, in commit order', async () => {
      const logged = (await store.readLog(logStart, 1_000)).map((l) => l.envelope);
      const v1Rows = logged.filter((e) => e.streamId.includes('-stored-v1-'));
      const v2Rows = logged.filter((e) => e.streamId.includes('-written-v2-'));
      expect(facts(v1Rows)).toEqual(facts(v2Rows));
    });

    it('keeps the row as written: the stored version and data, for the outbox to publish honestly', async () => {
      const [row] = await db.query(
        `SELECT * FROM "${schema}".events WHERE stream_id = $1 AND event_type = 'VisitTookPlace' ORDER BY stream_position LIMIT 1`,
        [v1StreamId('custody')],
      );
      expect(toStoredEnvelope({ ...row, global_position: String(row.global_position) })).toMatchObject({ schemaVersion: 1, data: visit.data });
    });

    it('hands a row of a version newer than it knows back as it is, for its reader to judge', async () => {
      const streamId = `custody-from-a-newer-producer-${run}`;
      const newer = { ...(upcast('VisitTookPlace', 1, visit.data).data as object), companions: ['Sok Mealea'] };
      await insertStored(streamId, [{ type: 'VisitTookPlace', schemaVersion: 3, data: newer }]);
      expect(facts((await store.readStream(streamId)).events)).toEqual([{ type: 'VisitTookPlace', schemaVersion: 3, data: newer }]);
    });
  });
});

describe('global log on PostgreSQL with a transaction that commits late', () => {
  const schema = uniqueSchema('es_log');
  let db: Database;
  let store: EventStore;
  beforeAll(async () => {
    db = await Database.connect(testPostgresConfig(), schema, [eventStoreMigration(schema)]);
    store = new EventStore(db, { schema, source: '/safeguard/test', outbox: false, contracts: storeContracts });
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
