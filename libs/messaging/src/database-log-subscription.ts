import { Logger } from '@nestjs/common';
import { START_OF_LOG, type Database, type EventStore, type LogPosition } from '@safeguard/event-store';
import { assertHonoursSchema, type BatchEventHandler, type EventHandler } from './event-handler';
import { DEFAULT_RETRY_POLICY, deliverWholeBatch, deliverWithRetries, type RetryPolicy } from './failures';
import { WakeableLoop } from './wakeable-loop';

export interface DatabaseLogSubscriptionOptions {
  /** The consumer's name; its checkpoint and dead letters are kept under it. */
  readonly consumer: string;
  readonly batchSize?: number;
  readonly idlePollMs?: number;
  readonly retry?: RetryPolicy;
  /** Applies each batch read from the log at once (then one checkpoint), as the Kafka subscription does. */
  readonly batchHandler?: BatchEventHandler;
}

/**
 * The embedded mode's transport: follows another service's event log in commit order, with a
 * checkpoint in the consumer's own schema, in place of a Kafka topic. Same handler, same
 * dedupe, same dead letters (in a table here, as there is no broker).
 */
export class DatabaseLogSubscription {
  private readonly logger = new Logger(DatabaseLogSubscription.name);
  private readonly loop: WakeableLoop;
  private stopListening: (() => Promise<void>) | undefined;
  private stopping = false;

  constructor(
    private readonly source: EventStore,
    private readonly consumerDb: Database,
    private readonly consumerSchema: string,
    private readonly handler: EventHandler,
    private readonly options: DatabaseLogSubscriptionOptions,
  ) {
    this.loop = new WakeableLoop(
      () => this.step(),
      options.idlePollMs ?? 1_000,
      (e) => this.logger.warn(`log subscription failed, will retry: ${String(e)}`),
    );
  }

  private get checkpointKey(): string {
    return `${this.options.consumer}<-${this.source.options.schema}`;
  }

  async start(): Promise<void> {
    this.stopListening = await this.source.db.listen(this.source.notifyChannel, () => this.loop.wake());
    this.loop.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.stopListening?.();
    await this.loop.stop();
  }

  /** Applies the next batch; returns true when there may be more. Exposed for tests and rebuilds. */
  async step(): Promise<boolean> {
    const batchSize = this.options.batchSize ?? 200;
    const events = await this.source.readLog(await this.checkpoint(), batchSize);
    const applyBatch = this.options.batchHandler;
    if (applyBatch && events.length > 1 && events.every(({ envelope }) => honoursSchema(envelope))) {
      const whole = await deliverWholeBatch(
        () => applyBatch(events.map((e) => e.envelope)),
        this.options.retry ?? DEFAULT_RETRY_POLICY,
        () => this.stopping,
      );
      if (whole) {
        // The checkpoint is written after the batch's commit: a crash between the two applies the
        // batch again, and the handler's dedupe keeps it from having a second effect.
        await this.saveCheckpoint(events[events.length - 1].position);
        return events.length === batchSize;
      }
    }
    // One by one: no batch handler, or a batch one of whose events cannot be applied.
    for (const { envelope, position } of events) {
      const delivery = await deliverWithRetries(
        async () => {
          assertHonoursSchema(envelope);
          await this.handler(envelope);
        },
        this.options.retry ?? DEFAULT_RETRY_POLICY,
        () => this.stopping,
      );
      if (delivery.outcome === 'dead-letter') {
        this.logger.warn(`dead-lettering ${envelope.type} ${envelope.eventId}: ${delivery.reason}`);
        await this.consumerDb.query(
          `INSERT INTO "${this.consumerSchema}".dead_letters (consumer, event_id, envelope, reason) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [this.options.consumer, envelope.eventId, JSON.stringify(envelope), delivery.reason],
        );
      }
      await this.saveCheckpoint(position);
    }
    return events.length === batchSize;
  }

  private async checkpoint(): Promise<LogPosition> {
    const rows = await this.consumerDb.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position FROM "${this.consumerSchema}".log_checkpoints WHERE consumer = $1`,
      [this.checkpointKey],
    );
    return rows.length === 0 ? START_OF_LOG : { transactionId: rows[0].transaction_id, globalPosition: rows[0].global_position };
  }

  private async saveCheckpoint(position: LogPosition): Promise<void> {
    await this.consumerDb.query(
      `INSERT INTO "${this.consumerSchema}".log_checkpoints (consumer, transaction_id, global_position) VALUES ($1, $2::text::xid8, $3)
       ON CONFLICT (consumer) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position`,
      [this.checkpointKey, position.transactionId, position.globalPosition],
    );
  }
}

function honoursSchema(envelope: Parameters<typeof assertHonoursSchema>[0]): boolean {
  try {
    assertHonoursSchema(envelope);
    return true;
  } catch {
    return false;
  }
}
