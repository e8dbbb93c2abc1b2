import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { fromCloudEventMessage, type EventEnvelope } from '@safeguard/contracts';
import { headerStrings } from '@safeguard/messaging';
import { TEST_KAFKA_BROKERS } from './environment';

/** Reads a topic from the beginning, as an integrator would, decoding each CloudEvent. */
export class TopicReader {
  readonly envelopes: EventEnvelope[] = [];
  private constructor(private readonly consumer: Consumer) {}

  static async start(topic: string): Promise<TopicReader> {
    const kafka = new Kafka({ clientId: `test-reader-${randomUUID()}`, brokers: TEST_KAFKA_BROKERS, logLevel: logLevel.ERROR });
    const admin = kafka.admin();
    await admin.connect();
    if (!(await admin.listTopics()).includes(topic)) {
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
    }
    await admin.disconnect();
    const consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
    const reader = new TopicReader(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        reader.envelopes.push(fromCloudEventMessage(headerStrings(message.headers), message.value?.toString() ?? null));
      },
    });
    return reader;
  }

  about(subject: string): EventEnvelope[] {
    return this.envelopes.filter((e) => e.subject === subject);
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}
