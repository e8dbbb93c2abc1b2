/**
 * After a crash, the group coordinator keeps the dead member until its session expires, and a
 * consumer joining the same group waits for that. The child-welfare service answers HTTP at once
 * meanwhile, says on /health/ready that it is still joining, and is ready once it has joined.
 * The dead member is a real kafkajs consumer in a child process, killed with SIGKILL.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PUBLISHED_AGENCY_TOPICS } from '../apps/child-welfare-service/src/inbox/subscription.providers';
import { KafkaConnection } from '@safeguard/messaging';
import { ChildWelfareServiceModule } from '../apps/child-welfare-service/src/child-welfare-service.module';
import { startNodeUntil } from './support/child-process';
import { describeWithKafka, TEST_KAFKA_BROKERS } from './support/environment';
import { eventually } from './support/eventually';
import { startServiceApp, type ServiceApp } from './support/service-app';
import { createTestDatabase } from './support/test-database';

/** Joins `groupId` on the agencies' topics, says so on stdout, then only heartbeats. */
const memberScript = `
const { Kafka, logLevel } = require('kafkajs');
const [brokers, groupId, topics] = process.argv.slice(1);
const consumer = new Kafka({ clientId: 'doomed-member', brokers: brokers.split(','), logLevel: logLevel.NOTHING })
  .consumer({ groupId, sessionTimeout: 30000, heartbeatInterval: 3000 });
consumer.on(consumer.events.GROUP_JOIN, () => console.log('joined'));
(async () => {
  await consumer.connect();
  await consumer.subscribe({ topics: topics.split(','), fromBeginning: true });
  await consumer.run({ eachMessage: async () => undefined });
})();
`;

function startMember(groupId: string): Promise<ChildProcess> {
  return startNodeUntil(['-e', memberScript, TEST_KAFKA_BROKERS.join(','), groupId, PUBLISHED_AGENCY_TOPICS.join(',')], 'joined', {
    cwd: join(__dirname, '..'),
  });
}

describeWithKafka('readiness while the consumer group is joined', () => {
  const groupId = `child-welfare-ready-${randomUUID()}`;
  let service: ServiceApp | undefined;
  let drop: (() => Promise<void>) | undefined;

  afterAll(async () => {
    await service?.close();
    await drop?.();
  }, 60_000);

  it('answers HTTP while a dead member still holds the group, and is ready once it has joined', async () => {
    const kafka = new KafkaConnection(TEST_KAFKA_BROKERS, 'readiness-test');
    await kafka.ensureTopics(PUBLISHED_AGENCY_TOPICS);
    await kafka.close();
    const member = await startMember(groupId);
    member.kill('SIGKILL');

    const database = await createTestDatabase();
    drop = database.drop;
    service = await startServiceApp(
      ChildWelfareServiceModule.forRoot(
        { database: { kind: 'postgres', url: database.url, poolSize: 4 }, transport: { kind: 'kafka', brokers: TEST_KAFKA_BROKERS } },
        { consumerGroup: groupId },
      ),
      { logger: ['error'] },
    );

    // The dead member's session has ~30 s to run: the service is up but not yet following.
    await service.http().get('/health/live').expect(200);
    const joining = await service.http().get('/health/ready').expect(503);
    expect(joining.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(joining.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'database', message: 'up' },
        {
          field: 'agency-events',
          message: expect.stringMatching(new RegExp(`^down: joining consumer group ${groupId} since \\d{4}-\\d\\d-\\d\\dT`)),
        },
      ]),
    );

    const ready = await eventually(
      async () => {
        const res = await service!.http().get('/health/ready');
        return res.status === 200 ? res.body : undefined;
      },
      'the service to join its consumer group once the dead member has expired',
      90_000,
      500,
    );
    expect(ready.checks).toEqual({ database: 'up', kafka: 'up', 'agency-events': 'up' });
  }, 150_000);
});
