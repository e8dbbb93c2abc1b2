import { randomUUID } from 'node:crypto';
import type { Consumer, KafkaMessage } from 'kafkajs';
import { fromCloudEventMessage, toCloudEventMessage, upcast, type Actor, type EventEnvelope } from '@safeguard/contracts';
import { applyOnce, Database, EventStore, eventStoreMigration, testPostgresConfig, uniqueSchema } from '@safeguard/event-store';
import { aDependantsScreening, anArrestMade } from '../../contracts/src/testing/arrest-fixtures';
import { aDependantsScreeningV1 } from '../../contracts/src/testing/v1-fixtures';
import { describeWithKafka, TEST_KAFKA_BROKERS } from '../../../test/support/environment';
import { eventually } from '../../../test/support/eventually';
import { KafkaConnection } from './kafka-connection';
import { KafkaSubscription } from './kafka-subscription';
import { OutboxRelay } from './outbox-relay';

const actor: Actor = { agency: 'police', role: 'police-officer', unitId: 'PP-ANTI-DRUG', userId: 'officer-17' };

async function collect(connection: KafkaConnection, topic: string, into: KafkaMessage[]): Promise<Consumer> {
  await connection.ensureTopics([topic]);
  const consumer = connection.kafka.consumer({ groupId: `collector-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void into.push(message) });
  } catch (error) {
    await consumer.disconnect();
    throw error;
  }
  return consumer;
}

describeWithKafka('Kafka delivery [real PostgreSQL]', () => {
  const schema = uniqueSchema('msg_test');
  let db: Database;
  let store: EventStore;
  let connection: KafkaConnection;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    db = await Database.connect(testPostgresConfig(), schema, [eventStoreMigration(schema)]);
    await db.query(`CREATE TABLE "${schema}".applied (event_id uuid PRIMARY KEY, type text NOT NULL)`);
    store = new EventStore(db, { schema, source: '/safeguard/test', outbox: true });
    connection = new KafkaConnection(TEST_KAFKA_BROKERS, `test-${schema}`);
  }, 60_000);
  afterAll(async () => {
    for (const close of closers) await close();
    await connection.close();
    await db.query(`DROP SCHEMA "${schema}" CASCADE`);
    await db.close();
  }, 60_000);

  /** A consumer whose state change is one row per event, deduplicated in the same transaction. */
  const recordingHandler = (fail?: (e: EventEnvelope) => boolean) => async (envelope: EventEnvelope) => {
    if (fail?.(envelope)) throw new Error(`cannot apply ${envelope.eventId}`);
    await db.transaction(async (sql) => {
      if (!(await applyOnce(sql, schema, 'test-consumer', envelope.eventId))) return;
      await sql.query(`INSERT INTO "${schema}".applied (event_id, type) VALUES ($1, $2)`, [envelope.eventId, envelope.type]);
    });
  };

  it('relays the outbox as CloudEvents in binary mode, keyed by person, in commit order', async () => {
    const arrest = anArrestMade();
    const personId = arrest.data.person.personId;
    await db.transaction((sql) =>
      store.append(sql, `arrest-${arrest.data.arrestId}`, 0, [arrest, aDependantsScreening(arrest.data)], {
        correlationId: randomUUID(),
        causationId: null,
        actor,
      }),
    );
    const relay = new OutboxRelay(store, connection, { batchSize: 100, idlePollMs: 200 });
    await relay.start();
    closers.push(() => relay.stop());
    const received: KafkaMessage[] = [];
    const collector = await collect(connection, 'justice.arrest.events.v1', received);
    closers.push(() => collector.disconnect());

    const mine = await eventually(
      async () => {
        const m = received.filter((r) => r.key?.toString() === personId);
        return m.length === 2 ? m : undefined;
      },
      'both events on the topic',
      30_000,
    );

    const envelopes = mine.map((m) =>
      fromCloudEventMessage(Object.fromEntries(Object.entries(m.headers!).map(([k, v]) => [k, v?.toString()])), m.value!.toString()),
    );
    expect(envelopes.map((e) => [e.type, e.streamPosition])).toEqual([
      ['ArrestMade', 1],
      ['DependantsScreeningRecorded', 2],
    ]);
    expect(mine[0].headers).toMatchObject({
      ce_specversion: Buffer.from('1.0'),
      ce_source: Buffer.from('/safeguard/test'),
      ce_subject: Buffer.from(personId),
    });
    expect(JSON.parse(mine[0].value!.toString())).toEqual(arrest.data);
    expect(await db.query(`SELECT * FROM "${schema}".outbox`)).toEqual([]);
  }, 60_000);

  it('relays a row stored at v1 as v1, and a subscriber applies it at v2', async () => {
    const arrest = anArrestMade();
    const screening = aDependantsScreeningV1(arrest.data);
    const eventId = randomUUID();
    // A row the store wrote before DependantsScreeningRecorded moved to v2, still in the outbox.
    await db.transaction(async (sql) => {
      const [row] = await sql.query<{ global_position: string }>(
        `INSERT INTO "${schema}".events (event_id, stream_id, stream_position, event_type, schema_version, subject, data, occurred_at, correlation_id, actor, source)
         VALUES ($1, $2, 1, 'DependantsScreeningRecorded', 1, $3, $4, $5, $6, $7, '/safeguard/test') RETURNING global_position::text`,
        [
          eventId,
          `arrest-${arrest.data.arrestId}`,
          arrest.data.person.personId,
          JSON.stringify(screening.data),
          screening.data.askedAt,
          randomUUID(),
          JSON.stringify(actor),
        ],
      );
      await sql.query(`INSERT INTO "${schema}".outbox (global_position, topic) VALUES ($1, 'justice.arrest.events.v1')`, [row.global_position]);
    });
    const applied: EventEnvelope[] = [];
    const subscription = new KafkaSubscription(connection, async (e) => void (e.eventId === eventId && applied.push(e)), {
      groupId: `g-${schema}-v1`,
      topics: ['justice.arrest.events.v1'],
      deadLetterTopic: `test.v1.${schema}.dlq`,
    });
    await subscription.start();
    closers.push(() => subscription.stop());
    const received: KafkaMessage[] = [];
    const collector = await collect(connection, 'justice.arrest.events.v1', received);
    closers.push(() => collector.disconnect());
    const relay = new OutboxRelay(store, connection, { batchSize: 100, idlePollMs: 200 });
    await relay.start();
    closers.push(() => relay.stop());

    const [onTopic] = await eventually(
      async () => {
        const m = received.filter((r) => r.headers?.ce_id?.toString() === eventId);
        return m.length > 0 ? m : undefined;
      },
      'the v1 row on the topic',
      30_000,
    );
    const [delivered] = await eventually(async () => (applied.length > 0 ? applied : undefined), 'the v1 row applied by the subscriber', 30_000);

    expect(onTopic.headers).toMatchObject({
      ce_schemaversion: Buffer.from('1'),
      ce_dataschema: Buffer.from('urn:safeguard:contracts:events:DependantsScreeningRecorded:v1'),
    });
    expect(JSON.parse(onTopic.value!.toString())).toEqual(screening.data);
    expect(delivered).toMatchObject({
      type: 'DependantsScreeningRecorded',
      schemaVersion: 2,
      data: upcast('DependantsScreeningRecorded', 1, screening.data).data,
    });
  }, 60_000);

  it('applies the same event delivered twice only once', async () => {
    const topic = `test.duplicates.${schema}`;
    const subscription = new KafkaSubscription(connection, recordingHandler(), {
      groupId: `g-${schema}-dup`,
      topics: [topic],
      deadLetterTopic: `${topic}.dlq`,
    });
    await subscription.start();
    closers.push(() => subscription.stop());
    const arrest = anArrestMade();
    const envelope = envelopeOf(arrest);
    const producer = await connection.getProducer();
    await producer.send({ topic, messages: [toCloudEventMessage(envelope), toCloudEventMessage(envelope)] });
    const marker = envelopeOf(anArrestMade());
    await producer.send({ topic, messages: [toCloudEventMessage(marker)] });

    await eventually(
      async () => ((await db.query(`SELECT 1 FROM "${schema}".applied WHERE event_id = $1`, [marker.eventId])).length ? true : undefined),
      'the marker to be applied',
      30_000,
    );
    expect(await db.query(`SELECT event_id FROM "${schema}".applied WHERE event_id = $1`, [envelope.eventId])).toHaveLength(1);
    expect(await db.query(`SELECT event_id FROM "${schema}".processed_events WHERE event_id = $1`, [envelope.eventId])).toHaveLength(1);
  }, 60_000);

  it('moves a poison message to the dead-letter topic with the reason, and later messages still flow', async () => {
    const topic = `test.poison.${schema}`;
    const broken = envelopeOf(anArrestMade());
    const subscription = new KafkaSubscription(
      connection,
      recordingHandler((e) => e.eventId === broken.eventId),
      {
        groupId: `g-${schema}-poison`,
        topics: [topic],
        deadLetterTopic: `${topic}.dlq`,
        retry: { attemptsBeforeDeadLetter: 3, initialBackoffMs: 10, maxBackoffMs: 50 },
      },
    );
    await subscription.start();
    closers.push(() => subscription.stop());
    const deadLetters: KafkaMessage[] = [];
    const collector = await collect(connection, `${topic}.dlq`, deadLetters);
    closers.push(() => collector.disconnect());

    const key = 'person-same-partition';
    const after = envelopeOf(anArrestMade());
    const producer = await connection.getProducer();
    await producer.send({
      topic,
      messages: [
        { key, value: 'not json at all', headers: { ce_specversion: '1.0' } },
        { ...toCloudEventMessage(broken), key },
        { ...toCloudEventMessage(after), key },
      ],
    });

    await eventually(
      async () => ((await db.query(`SELECT 1 FROM "${schema}".applied WHERE event_id = $1`, [after.eventId])).length ? true : undefined),
      'the later message to be applied',
      30_000,
    );
    await eventually(async () => (deadLetters.length === 2 ? true : undefined), 'two dead letters', 30_000);
    const reasons = deadLetters.map((m) => m.headers!.dlq_reason!.toString());
    expect(reasons[0]).toMatch(/^permanent: value is not JSON/);
    expect(reasons[1]).toMatch(/^failed 3 times: cannot apply/);
    expect(deadLetters[1].headers!.dlq_original_topic!.toString()).toBe(topic);
    expect(deadLetters[0].value!.toString()).toBe('not json at all');
    expect(await db.query(`SELECT 1 FROM "${schema}".applied WHERE event_id = $1`, [broken.eventId])).toHaveLength(0);
  }, 60_000);
});

describeWithKafka('Kafka delivery in batches [real PostgreSQL]', () => {
  const schema = uniqueSchema('msg_batch');
  let db: Database;
  let connection: KafkaConnection;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    db = await Database.connect(testPostgresConfig(), schema, [eventStoreMigration(schema)]);
    await db.query(`CREATE TABLE "${schema}".applied (event_id uuid PRIMARY KEY, batch int NOT NULL)`);
    connection = new KafkaConnection(TEST_KAFKA_BROKERS, `test-${schema}`);
  }, 60_000);
  afterAll(async () => {
    for (const close of closers) await close();
    await connection.close();
    await db.query(`DROP SCHEMA "${schema}" CASCADE`);
    await db.close();
  }, 60_000);

  it("applies each partition's messages in one transaction per batch, each once, and moves a poison message aside alone", async () => {
    const topic = `test.batches.${schema}`;
    const broken = envelopeOf(anArrestMade());
    const sizes: number[] = [];
    // The state's primary key is the dedupe, as the child-welfare facts table is: all or nothing per batch.
    const applyAll = async (envelopes: readonly EventEnvelope[]) => {
      await db.transaction(async (sql) => {
        for (const e of envelopes) {
          if (e.eventId === broken.eventId) throw new Error(`cannot apply ${e.eventId}`);
          await sql.query(`INSERT INTO "${schema}".applied (event_id, batch) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [e.eventId, sizes.length]);
        }
      });
      sizes.push(envelopes.length);
    };
    const subscription = new KafkaSubscription(connection, async (e) => applyAll([e]), {
      groupId: `g-${schema}-batches`,
      topics: [topic],
      deadLetterTopic: `${topic}.dlq`,
      retry: { attemptsBeforeDeadLetter: 2, initialBackoffMs: 10, maxBackoffMs: 50 },
      batchHandler: applyAll,
      // The first send's 21 messages make one chunk, whole; the second's, with the poison, the next.
      maxBatchSize: 21,
    });
    const key = 'person-same-partition';
    const first = Array.from({ length: 20 }, () => envelopeOf(anArrestMade()));
    const second = Array.from({ length: 20 }, () => envelopeOf(anArrestMade()));
    const producer = await connection.getProducer();
    await connection.ensureTopics([topic]);
    // On the topic before the subscription joins, so its first fetch reads them as one batch.
    await producer.send({ topic, messages: [...first, first[3]].map((e) => ({ ...toCloudEventMessage(e), key })) });
    await producer.send({
      topic,
      messages: [...second.slice(0, 10), broken, ...second.slice(10), second[0]].map((e) => ({ ...toCloudEventMessage(e), key })),
    });
    const deadLetters: KafkaMessage[] = [];
    const collector = await collect(connection, `${topic}.dlq`, deadLetters);
    closers.push(() => collector.disconnect());
    await subscription.start();
    closers.push(() => subscription.stop());

    const ids = [...first, ...second].map((e) => e.eventId);
    await eventually(
      async () => {
        const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".applied WHERE event_id = ANY($1::uuid[])`, [ids]);
        return n === ids.length ? true : undefined;
      },
      'every good message applied',
      30_000,
    );
    await eventually(async () => (deadLetters.length === 1 ? true : undefined), 'the poison message dead-lettered', 30_000);
    expect(deadLetters[0].headers!.ce_id!.toString()).toBe(broken.eventId);
    expect(deadLetters[0].headers!.dlq_reason!.toString()).toMatch(/^failed 2 times: cannot apply/);
    expect(await db.query(`SELECT 1 FROM "${schema}".applied WHERE event_id = $1`, [broken.eventId])).toHaveLength(0);
    // The clean chunk went whole: some transaction applied more than one message.
    expect(Math.max(...sizes)).toBeGreaterThan(1);
  }, 60_000);
});

function envelopeOf(event: ReturnType<typeof anArrestMade>): EventEnvelope {
  return {
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    streamId: `arrest-${event.data.arrestId}`,
    streamPosition: 1,
    globalPosition: '1',
    subject: event.data.person.personId,
    occurredAt: event.data.arrestedAt,
    recordedAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
    actor,
    source: '/safeguard/test',
    data: event.data,
  };
}
