import { Logger } from '@nestjs/common';
import { asPublished, toCloudEventMessage } from '@safeguard/contracts';
import { toStoredEnvelope, type EventStore, type SessionLock } from '@safeguard/event-store';
import type { KafkaConnection } from './kafka-connection';
import { WakeableLoop } from './wakeable-loop';

export interface OutboxRelayOptions {
  readonly batchSize: number;
  /** A fallback poll, for a lost notification; new work normally wakes the relay at once. */
  readonly idlePollMs: number;
}

/**
 * Publishes the outbox to Kafka in commit order, as CloudEvents in binary mode keyed by person.
 * At least once: rows are deleted after the broker acknowledged them, so a crash in between
 * publishes them again and the consumers' dedupe absorbs the copy. A transaction-scoped advisory
 * lock keeps a second relay of the same service from interleaving batches.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly loop: WakeableLoop;
  private stopListening: (() => Promise<void>) | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly kafka: KafkaConnection,
    private readonly options: OutboxRelayOptions = { batchSize: 500, idlePollMs: 1_000 },
  ) {
    this.loop = new WakeableLoop(
      () => this.relayBatch(),
      options.idlePollMs,
      (e) => this.logger.warn(`relay failed, will retry: ${String(e)}`),
    );
  }

  async start(): Promise<void> {
    this.stopListening = await this.store.db.listen(this.store.notifyChannel, () => this.loop.wake());
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    await this.loop.stop();
    await this.lock?.release();
    this.lock = undefined;
  }

  /**
   * Publishes one batch; returns true when there may be more waiting. The relay never holds a
   * transaction open across the call to Kafka: a broker that is down would otherwise keep a
   * connection "idle in transaction" for as long as the producer retries. It reads the batch
   * (committed rows only, in commit order), publishes it, then deletes what the broker
   * acknowledged. A session advisory lock, on a connection of its own, keeps a second relay of the
   * same service from publishing the same rows out of order; if that connection is lost, the
   * relay stops until it takes the lock again, and a batch it was publishing at that moment may be
   * published twice, which the consumers' dedupe absorbs.
   */
  async relayBatch(): Promise<boolean> {
    const s = this.store.options.schema;
    if (!this.lock?.held()) {
      await this.lock?.release();
      this.lock = (await this.store.db.sessionLock(`${s}.outbox`)) ?? undefined;
      if (!this.lock) return false;
    }
    const rows = await this.store.db.query(
      `SELECT o.id::text AS outbox_id, o.topic, e.global_position::text AS global_position, e.event_id, e.stream_id,
              e.stream_position, e.event_type, e.schema_version, e.subject, e.data, e.occurred_at, e.recorded_at,
              e.correlation_id, e.causation_id, e.actor, e.source
         FROM "${s}".outbox o JOIN "${s}".events e USING (global_position)
        WHERE o.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY o.transaction_id, o.id
        LIMIT $1`,
      [this.options.batchSize],
    );
    if (rows.length === 0) return false;
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const topic = String(row.topic);
      const messages = byTopic.get(topic) ?? [];
      byTopic.set(topic, messages);
      // A row stored before its event's schema moved on is published at the version it was
      // written and validated at, and says so in ce_schemaversion: the topic carries older
      // versions anyway (what was published before the change stays until retention), so every
      // consumer must read them, and ours bring them to the current version as they decode.
      // Alert events go out without what monitors wrote or who they are (asPublished).
      messages.push(toCloudEventMessage(asPublished(toStoredEnvelope(row))));
    }
    const producer = await this.kafka.getProducer();
    await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    await this.store.db.query(`DELETE FROM "${s}".outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.outbox_id)]);
    return rows.length === this.options.batchSize;
  }

  private lock: SessionLock | undefined;
}
