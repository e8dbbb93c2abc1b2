import { Database, EventStore, eventStoreMigration, testPostgresConfig, uniqueSchema } from '@safeguard/event-store';
import { anArrestMade } from '../../contracts/src/testing/arrest-fixtures';
import { KafkaConnection } from './kafka-connection';
import { OutboxRelay } from './outbox-relay';

/**
 * While the broker is down the relay keeps retrying the send; it must not hold a database
 * transaction open meanwhile (a connection "idle in transaction" holds locks and back-pressure on
 * every writer, and was how a terminated backend used to crash the service).
 */
describe('the outbox relay with the broker down [real PostgreSQL]', () => {
  const schema = uniqueSchema('relay_faults');
  let db: Database;
  let store: EventStore;

  beforeAll(async () => {
    db = await Database.connect(testPostgresConfig(), schema, [eventStoreMigration(schema)]);
    store = new EventStore(db, { schema, source: '/safeguard/test', outbox: true });
  }, 60_000);
  const appendArrest = async () => {
    const arrest = anArrestMade();
    const actor = { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG', userId: 'officer-17' } as const;
    await db.transaction((sql) =>
      store.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest], { correlationId: arrest.data.arrestId, causationId: null, actor }),
    );
  };
  afterAll(async () => {
    await db.query(`DROP SCHEMA "${schema}" CASCADE`);
    await db.close();
  });

  it('leaves no transaction open while the broker does not answer, and deletes the rows only once it acknowledged them', async () => {
    await appendArrest();
    // The relay's one collaborator outside the database, standing in for a broker that has stopped
    // answering: its send waits until the test lets it through (the real broker cannot be stopped
    // under the other suites running beside this one).
    let acknowledge!: () => void;
    const acknowledged = new Promise<void>((r) => (acknowledge = r));
    const sent: unknown[] = [];
    const stalledBroker = {
      getProducer: async () => ({ sendBatch: async (batch: unknown) => (sent.push(batch), acknowledged) }),
    } as unknown as KafkaConnection;
    const relay = new OutboxRelay(store, stalledBroker, { batchSize: 100, idlePollMs: 100 });
    const batch = relay.relayBatch();
    const openTransactions: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [{ n }] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' AND query LIKE $1`,
        [`%"${schema}"%`],
      );
      openTransactions.push(n);
    }
    expect(sent).toHaveLength(1);
    expect(openTransactions).toEqual([0, 0, 0, 0, 0]);
    const outboxRows = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".outbox`))[0].n;
    expect(await outboxRows()).toBe(1);
    acknowledge();
    await batch;
    expect(await outboxRows()).toBe(0);
    await relay.stop();
  });

  it('lets only one relay of a service publish at a time', async () => {
    const idle = { getProducer: async () => ({ sendBatch: async () => undefined }) } as unknown as KafkaConnection;
    const first = new OutboxRelay(store, idle);
    const second = new OutboxRelay(store, idle);
    await appendArrest();
    await first.relayBatch();
    await appendArrest();
    expect(await second.relayBatch()).toBe(false);
    expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".outbox`))[0].n).toBe(1);
    await first.stop();
    await second.relayBatch();
    expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".outbox`))[0].n).toBe(0);
    await second.stop();
  });
});
