import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@safeguard/contracts';
import type { Database, EventStore } from '@safeguard/event-store';
import { decodeEventMessage, type KafkaConnection } from '@safeguard/messaging';
import type { Clock, RuntimeConfig } from '@safeguard/platform';
import type { ChildWelfareInbox } from '../inbox/child-welfare-inbox';
import { agencyLogSubscriptions } from '../inbox/agency-logs';
import { CHILD_WELFARE_CONSUMER } from '../inbox/child-welfare-inbox';
import type { DeadlineSweeper } from '../inbox/deadline-sweeper';
import type { JourneyBook } from '../journeys/journey-book';

export interface RebuildReport {
  readonly facts: number;
  readonly people: number;
  readonly children: number;
  /** Journeys whose public view changed and was announced on the child-journeys topic. */
  readonly announced: number;
  /** Messages that could not be applied (malformed, or refused by their schema): logged and skipped, as the live consumer dead-letters them. */
  readonly failed: number;
  readonly tookMs: number;
}

/** Tables derived from the agencies' facts: emptied and refilled by a rebuild. */
export const DERIVED_TABLES = ['facts', 'person_files', 'children', 'parents', 'person_indicators'] as const;

/**
 * Rebuilds the projection from the beginning of the agencies' history: the Kafka topics from
 * offset zero (under a throw-away consumer group, up to the end offsets seen at the start), or the
 * agencies' PostgreSQL logs in the embedded mode. Alerts and deadlines are kept: their ids derive
 * from rule and subject, so the replay lands on the same alerts instead of raising them again.
 * Journey changes are announced once, at the end, and only where the rebuilt view differs.
 * The deadline sweeper is held meanwhile, so no deadline is judged on a half-replayed file.
 */
export class ProjectionRebuild {
  private readonly logger = new Logger(ProjectionRebuild.name);
  private failed = 0;

  constructor(
    private readonly config: RuntimeConfig,
    private readonly store: EventStore,
    private readonly inbox: ChildWelfareInbox,
    private readonly journeys: JourneyBook,
    private readonly sweeper: DeadlineSweeper,
    private readonly clock: Clock,
    private readonly topics: readonly string[],
    private readonly kafka?: KafkaConnection,
  ) {}

  run(): Promise<RebuildReport> {
    return this.sweeper.pausedWhile(() => this.rebuild());
  }

  private async rebuild(): Promise<RebuildReport> {
    const started = Date.now();
    const db = this.store.db;
    this.failed = 0;
    this.journeys.publishing = false;
    this.inbox.withdrawing = false;
    try {
      await db.transaction(async (sql) => {
        for (const table of DERIVED_TABLES) await sql.query(`DELETE FROM child_welfare.${table}`);
        await sql.query(`DELETE FROM child_welfare.processed_events WHERE consumer = $1`, [CHILD_WELFARE_CONSUMER]);
      });
      if (this.config.transport.kind === 'kafka') await this.replayTopics();
      else await this.replayLogs(db);
    } finally {
      this.inbox.withdrawing = true;
      this.journeys.publishing = true;
    }
    // Alerts raised on facts that, with every fact replayed, show no miss are withdrawn now.
    for (const { person_id } of await db.query<{ person_id: string }>(`SELECT person_id FROM child_welfare.person_files ORDER BY person_id`)) {
      await this.inbox.reconsider(person_id);
    }
    const announced = await db.transaction((sql) =>
      this.journeys.announceDifferences(sql, { now: this.clock.now(), personId: '', policyId: '', correlationId: randomUUID(), causationId: null }),
    );
    const [counts] = await db.query<{ facts: string; people: string; children: string }>(
      `SELECT (SELECT count(*) FROM child_welfare.facts) AS facts, (SELECT count(*) FROM child_welfare.person_files) AS people,
              (SELECT count(*) FROM child_welfare.children) AS children`,
    );
    const report = { facts: Number(counts.facts), people: Number(counts.people), children: Number(counts.children), announced, failed: this.failed, tookMs: Date.now() - started };
    this.logger.log(
      `rebuilt ${report.facts} facts of ${report.people} people, ${report.children} children; ${announced} journey changes announced, ${report.failed} messages skipped, in ${report.tookMs} ms`,
    );
    return report;
  }

  /** Applies one message; one that cannot be applied is skipped with a warning rather than stopping the rebuild. */
  private readonly apply = async (envelope: EventEnvelope | (() => EventEnvelope)): Promise<void> => {
    try {
      await this.inbox.handle(typeof envelope === 'function' ? envelope() : envelope);
    } catch (e) {
      this.failed++;
      this.logger.warn(`rebuild skipped a message: ${String(e)}`);
    }
  };

  /** The embedded mode: each agency's log from its first transaction, under a fresh checkpoint. */
  private async replayLogs(db: Database): Promise<void> {
    const consumer = `${CHILD_WELFARE_CONSUMER}-rebuild-${randomUUID()}`;
    for (const log of agencyLogSubscriptions(db, this.apply, consumer)) while (await log.step());
    await db.query(`DELETE FROM child_welfare.log_checkpoints WHERE consumer LIKE $1`, [`${consumer}<-%`]);
  }

  /** Kafka: every partition of the three agency topics, from offset zero to the end seen now. */
  private async replayTopics(): Promise<void> {
    if (!this.kafka) throw new Error('a Kafka rebuild needs the Kafka connection');
    const topics = [...this.topics];
    await this.kafka.ensureTopics(topics);
    const admin = this.kafka.kafka.admin();
    await admin.connect();
    const remaining = new Map<string, bigint>();
    try {
      for (const topic of topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          if (BigInt(p.high) > BigInt(p.low)) remaining.set(`${topic}/${p.partition}`, BigInt(p.high));
        }
      }
    } finally {
      await admin.disconnect();
    }
    if (remaining.size === 0) return;
    const groupId = `${CHILD_WELFARE_CONSUMER}-rebuild-${randomUUID()}`;
    const consumer = this.kafka.kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            autoCommit: false,
            partitionsConsumedConcurrently: 3,
            eachMessage: async ({ topic, partition, message }) => {
              const key = `${topic}/${partition}`;
              const end = remaining.get(key);
              if (end === undefined) return;
              if (BigInt(message.offset) < end) {
                await this.apply(() => decodeEventMessage(message));
              }
              if (BigInt(message.offset) + 1n >= end) {
                remaining.delete(key);
                if (remaining.size === 0) resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
      const cleanup = this.kafka.kafka.admin();
      await cleanup.connect();
      await cleanup.deleteGroups([groupId]).catch((e) => this.logger.warn(`could not delete rebuild group ${groupId}: ${String(e)}`));
      await cleanup.disconnect();
    }
  }
}
