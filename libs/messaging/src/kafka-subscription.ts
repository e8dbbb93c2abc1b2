import { Logger } from '@nestjs/common';
import type { Consumer, IHeaders, KafkaMessage } from 'kafkajs';
import { fromCloudEventMessage, upcastEnvelope, type EventEnvelope } from '@safeguard/contracts';
import { assertHonoursSchema, type EventHandler } from './event-handler';
import { DEFAULT_RETRY_POLICY, deliverWithRetries, type RetryPolicy } from './failures';
import type { KafkaConnection } from './kafka-connection';

export interface KafkaSubscriptionOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly deadLetterTopic: string;
  readonly retry?: RetryPolicy;
  /** Read topics from the beginning when the group has no committed offset (and for a rebuild). */
  readonly fromBeginning?: boolean;
  readonly partitionsConsumedConcurrently?: number;
}

/**
 * Applies each message with the handler, then lets kafkajs commit the offset: at least once,
 * made exactly once in effect by the handler's dedupe. A message that cannot be applied goes to
 * the dead-letter topic with the reason, and its partition moves on.
 */
export class KafkaSubscription {
  private readonly logger = new Logger(KafkaSubscription.name);
  private consumer: Consumer | undefined;
  private stopping = false;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly handler: EventHandler,
    private readonly options: KafkaSubscriptionOptions,
  ) {}

  async start(): Promise<void> {
    await this.connection.ensureTopics([...this.options.topics, this.options.deadLetterTopic]);
    const consumer = this.connection.kafka.consumer({ groupId: this.options.groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
    this.consumer = consumer;
    await consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachMessage: async ({ topic, partition, message }) => this.consume(topic, partition, message),
    });
  }

  /** Stops fetching, lets the messages in hand finish, commits their offsets, leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private async consume(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    const delivery = await deliverWithRetries(
      async () => {
        await this.handler(decodeEventMessage(message));
      },
      this.options.retry ?? DEFAULT_RETRY_POLICY,
      () => this.stopping,
    );
    if (delivery.outcome === 'dead-letter') {
      this.logger.warn(`dead-lettering ${topic}/${partition}@${message.offset}: ${delivery.reason}`);
      const producer = await this.connection.getProducer();
      await producer.send({
        topic: this.options.deadLetterTopic,
        acks: -1,
        messages: [
          {
            key: message.key,
            value: message.value,
            headers: {
              ...message.headers,
              dlq_reason: delivery.reason,
              dlq_original_topic: topic,
              dlq_original_partition: String(partition),
              dlq_original_offset: message.offset,
              dlq_failed_at: new Date().toISOString(),
              dlq_consumer_group: this.options.groupId,
            },
          },
        ],
      });
    }
  }
}

/**
 * A Kafka message as a consumer applies it: decoded from CloudEvents, checked against the schema
 * of the version its producer published (a message that breaks its own contract can never be
 * applied), then brought to the current version, so a handler only ever reads current shapes
 * whatever version the producer wrote. Throws `MalformedCloudEvent` or `PermanentFailure`.
 */
export function decodeEventMessage(message: Pick<KafkaMessage, 'headers' | 'value'>): EventEnvelope {
  const published = fromCloudEventMessage(headerStrings(message.headers), message.value?.toString('utf8') ?? null);
  assertHonoursSchema(published);
  return upcastEnvelope(published);
}

/** Kafka headers as the strings a CloudEvent reads. */
export function headerStrings(headers: IHeaders | undefined): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    out[name] = first === undefined ? undefined : first.toString();
  }
  return out;
}
