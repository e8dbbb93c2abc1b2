import { randomUUID } from 'node:crypto';
import type { Logger } from '@nestjs/common';
import type { KafkaMessage } from 'kafkajs';
import type { KafkaConnection } from '@safeguard/messaging';

/** Where a partition's replay stops: the end offset seen when the rebuild began. */
export type EndOffsets = ReadonlyMap<string, bigint>;

export const partitionKey = (topic: string, partition: number) => `${topic}/${partition}`;

/**
 * The end offsets to replay up to: every partition holding anything, at its high watermark now.
 * A fact recorded after this is for the live consumer, which resumes from its own group's offsets.
 */
export function endOffsetsOf(
  offsets: ReadonlyArray<{ topic: string; partitions: ReadonlyArray<{ partition: number; low: string; high: string }> }>,
): Map<string, bigint> {
  const ends = new Map<string, bigint>();
  for (const { topic, partitions } of offsets) {
    for (const p of partitions) if (BigInt(p.high) > BigInt(p.low)) ends.set(partitionKey(topic, p.partition), BigInt(p.high));
  }
  return ends;
}

/** The messages of a fetched batch that lie before the partition's end offset. */
export function beforeEnd(messages: readonly KafkaMessage[], end: bigint): KafkaMessage[] {
  return messages.filter((m) => BigInt(m.offset) < end);
}

/**
 * Reads every partition of `topics` from its first offset to the end offsets seen at the start,
 * batch by batch (kafkajs `eachBatch`: one call per fetched partition batch, not one per message),
 * under a throw-away consumer group deleted afterwards. `onBatch` is awaited before the partition
 * is fetched again, so it is where a slow writer pushes back on the reading.
 */
export async function replayTopics(
  kafka: KafkaConnection,
  topics: readonly string[],
  groupPrefix: string,
  onBatch: (messages: KafkaMessage[]) => Promise<void>,
  logger: Logger,
): Promise<void> {
  await kafka.ensureTopics(topics);
  const admin = kafka.kafka.admin();
  await admin.connect();
  let remaining: Map<string, bigint>;
  try {
    remaining = endOffsetsOf(await Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) }))));
  } finally {
    await admin.disconnect();
  }
  if (remaining.size === 0) return;
  const groupId = `${groupPrefix}-rebuild-${randomUUID()}`;
  // Larger fetches than the live consumer's: a replay reads far behind the head, and fewer round trips leave more of the cores to decoding.
  const consumer = kafka.kafka.consumer({
    groupId,
    maxWaitTimeInMs: 100,
    maxBytesPerPartition: REPLAY_FETCH_BYTES_PER_PARTITION,
    maxBytes: REPLAY_FETCH_BYTES,
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          partitionsConsumedConcurrently: REPLAY_PARTITIONS_AT_ONCE,
          eachBatch: async ({ batch }) => {
            const key = partitionKey(batch.topic, batch.partition);
            const end = remaining.get(key);
            if (end === undefined || batch.isEmpty()) return;
            await onBatch(beforeEnd(batch.messages, end));
            if (BigInt(batch.lastOffset()) + 1n >= end && remaining.delete(key) && remaining.size === 0) resolve();
          },
        })
        .catch(reject);
      // kafkajs restarts itself after a retriable crash; any other stops the replay.
      consumer.on(consumer.events.CRASH, ({ payload }) => payload.restart || reject(payload.error));
    });
  } finally {
    await consumer.disconnect();
    const cleanup = kafka.kafka.admin();
    await cleanup.connect();
    await cleanup.deleteGroups([groupId]).catch((e: unknown) => logger.warn(`could not delete rebuild group ${groupId}: ${String(e)}`));
    await cleanup.disconnect();
  }
}

export const REPLAY_FETCH_BYTES_PER_PARTITION = 4 * 1024 * 1024;
export const REPLAY_FETCH_BYTES = 32 * 1024 * 1024;
export const REPLAY_PARTITIONS_AT_ONCE = 3;
