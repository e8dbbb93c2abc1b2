import { Logger } from '@nestjs/common';
import type { Consumer, EachBatchPayload, IHeaders, KafkaMessage } from 'kafkajs';
import { fromCloudEventMessage, upcastEnvelope, type EventEnvelope } from '@safeguard/contracts';
import { assertHonoursSchema, type BatchEventHandler, type EventHandler } from './event-handler';
import { DEFAULT_RETRY_POLICY, deliverWholeBatch, deliverWithRetries, type RetryPolicy } from './failures';
import type { KafkaConnection } from './kafka-connection';

export interface KafkaSubscriptionOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly deadLetterTopic: string;
  readonly retry?: RetryPolicy;
  /** Read topics from the beginning when the group has no committed offset (and for a rebuild). */
  readonly fromBeginning?: boolean;
  readonly partitionsConsumedConcurrently?: number;
  /**
   * Applies up to `maxBatchSize` messages of a partition at once (one transaction in the
   * child-welfare inbox) instead of one by one; without it each message goes to the handler.
   */
  readonly batchHandler?: BatchEventHandler;
  readonly maxBatchSize?: number;
}

/**
 * Enough to share a transaction's fixed cost (at 1,000 commands/s a 100 ms fetch brings about a
 * hundred messages over three partitions), few enough that a chunk ends well within the 30 s
 * session timeout: kafkajs heartbeats only between chunks, and a catch-up of hundreds of messages
 * of long files judged on a starved machine could outlast it, evicting the member mid-chunk.
 */
const DEFAULT_MAX_BATCH_SIZE = 100;

/** Where a subscription stands with its consumer group, for `/health/ready`. */
export type GroupMembership =
  | { readonly state: 'joining'; readonly since: string }
  | { readonly state: 'joined'; readonly since: string; readonly memberId: string }
  | { readonly state: 'stopped' };

/**
 * Applies each partition's messages in batches with the batch handler (or one by one with the
 * handler), then marks their offsets for kafkajs to commit: only once the batch's transaction has
 * committed, so a crash redelivers what it had not committed, and the handler's dedupe makes
 * that at-least-once exactly once in effect. A batch that cannot be applied is applied again one
 * message at a time: a message that cannot be applied goes to the dead-letter topic with the
 * reason, and its partition moves on.
 *
 * `start()` returns before the group is joined: after a crash the coordinator keeps the dead
 * member until its session expires (30 s), and a service that waited for that would answer no
 * HTTP meanwhile. The join goes on in the background, retried if the broker is away, and
 * `membership()` says where it stands.
 */
export class KafkaSubscription {
  private readonly logger = new Logger(KafkaSubscription.name);
  private consumer: Consumer | undefined;
  private stopping = false;
  private following: Promise<void> | undefined;
  private state: GroupMembership = { state: 'stopped' };

  constructor(
    private readonly connection: KafkaConnection,
    private readonly handler: EventHandler,
    private readonly options: KafkaSubscriptionOptions,
  ) {}

  /** Resolves at once: the group join goes on in the background (`membership()` says when it is done). */
  start(): Promise<void> {
    this.stopping = false;
    this.state = { state: 'joining', since: new Date().toISOString() };
    this.following = this.follow();
    return Promise.resolve();
  }

  membership(): GroupMembership {
    return this.state;
  }

  /** Stops fetching, lets the messages in hand finish, commits their offsets, leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
    await this.following;
    this.consumer = undefined;
    this.state = { state: 'stopped' };
  }

  /** Joins and runs the consumer; a failed start (broker away, topics not creatable) is retried until stopped. */
  private async follow(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.run();
        return;
      } catch (error) {
        await this.consumer?.disconnect().catch(() => undefined);
        this.consumer = undefined;
        // stop() may have run while the consumer was starting: the loop's test is stale here.
        if (this.stopping as boolean) return;
        const waitMs = Math.min(30_000, 500 * 2 ** Math.min(attempt, 6));
        this.logger.warn(
          `consumer group ${this.options.groupId} could not start (attempt ${attempt}), retrying in ${waitMs} ms: ${error instanceof Error ? error.message : String(error)}`,
        );
        await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
      }
    }
  }

  private async run(): Promise<void> {
    await this.connection.ensureTopics([...this.options.topics, this.options.deadLetterTopic]);
    const consumer = this.connection.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      maxWaitTimeInMs: 100,
    });
    this.consumer = consumer;
    const since = () => new Date().toISOString();
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => (this.state = { state: 'joined', since: since(), memberId: payload.memberId }));
    consumer.on(consumer.events.REBALANCING, () => (this.state = { state: 'joining', since: since() }));
    // kafkajs restarts a crashed consumer by itself when the error is retriable; until it has
    // joined again the service is not ready.
    consumer.on(consumer.events.CRASH, () => (this.state = this.stopping ? { state: 'stopped' } : { state: 'joining', since: since() }));
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
    if (this.stopping) return void (await consumer.disconnect());
    await consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      // Offsets are resolved here, chunk by chunk after each commit, never for a chunk in hand.
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
  }

  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const size = this.options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
    for (let from = 0; from < batch.messages.length; from += size) {
      // A rebalance or a seek while this batch was applied: the rest is someone else's, or read again.
      if (!payload.isRunning() || payload.isStale()) return;
      const chunk = batch.messages.slice(from, from + size);
      await this.consumeChunk(batch.topic, batch.partition, chunk);
      payload.resolveOffset(chunk[chunk.length - 1].offset);
      await payload.heartbeat();
    }
  }

  private async consumeChunk(topic: string, partition: number, messages: readonly KafkaMessage[]): Promise<void> {
    const applyBatch = this.options.batchHandler;
    if (applyBatch && messages.length > 1) {
      const envelopes = decodedAll(messages);
      // A message that cannot even be decoded sends the chunk the one-by-one way, which moves it aside.
      if (
        envelopes &&
        (await deliverWholeBatch(
          () => applyBatch(envelopes),
          this.options.retry ?? DEFAULT_RETRY_POLICY,
          () => this.stopping,
        ))
      )
        return;
    }
    for (const message of messages) await this.consume(topic, partition, message);
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

/** Every message of a chunk decoded, or undefined when one of them cannot be. */
function decodedAll(messages: readonly KafkaMessage[]): EventEnvelope[] | undefined {
  try {
    return messages.map(decodeEventMessage);
  } catch {
    return undefined;
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
