import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';

/**
 * One kafkajs client per service process, behind this class so a maintained client can replace
 * kafkajs (unreleased since 2023) without touching the relay or the consumers.
 */
export class KafkaConnection {
  readonly kafka: Kafka;
  private producer: Producer | undefined;

  constructor(
    readonly brokers: readonly string[],
    readonly clientId: string,
  ) {
    this.kafka = new Kafka({
      clientId,
      brokers: [...brokers],
      logLevel: logLevel.WARN,
      retry: { initialRetryTime: 100, retries: 8 },
    });
  }

  /**
   * The shared producer. Not kafkajs's idempotent mode (experimental); one request in flight so
   * a retried batch cannot overtake the next one, which keeps each person's events in order.
   */
  async getProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
        allowAutoTopicCreation: true,
      });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  async ping(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  }

  async ensureTopics(topics: readonly string[], numPartitions = 3): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((t) => !existing.has(t));
      if (missing.length > 0) {
        await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })) });
      }
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
    this.producer = undefined;
  }
}
