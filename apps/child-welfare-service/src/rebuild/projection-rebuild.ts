import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@safeguard/contracts';
import type { Database, EventStore, Sql } from '@safeguard/event-store';
import { assertHonoursSchema, decodeEventMessage, type KafkaConnection } from '@safeguard/messaging';
import type { Clock, RuntimeConfig } from '@safeguard/platform';
import type { ChildWelfareInbox } from '../inbox/child-welfare-inbox';
import { agencyLogs } from '../inbox/agency-logs';
import { CHILD_WELFARE_CONSUMER } from '../inbox/child-welfare-inbox';
import type { DeadlineSweeper } from '../deadline-sweep/deadline-sweeper';
import { filedFactOf, type FiledFact } from '../person-file/person-file';
import { keepFacts } from '../person-file/person-file-store';
import { FactLoader } from './fact-loader';
import { judgeEveryone, PEOPLE_PER_PAGE } from './judge-everyone';
import { replayLogs } from './log-replay';
import { replayTopics } from './topic-replay';

export interface RebuildReport {
  readonly facts: number;
  readonly people: number;
  readonly children: number;
  /** Journeys whose public view changed and was announced on the child-journeys topic. */
  readonly announced: number;
  /** Messages that could not be applied (malformed, or refused by their schema): logged and skipped, as the live consumer dead-letters them. */
  readonly failed: number;
  readonly tookMs: number;
  /** Messages read from the topics or logs, applied or not. */
  readonly messages: number;
  /** Where the time went: loading the facts, then judging each person once. */
  readonly loadMs: number;
  readonly judgeMs: number;
}

/** Tables derived from the agencies' facts: emptied and refilled by a rebuild. */
export const DERIVED_TABLES = ['facts', 'person_files', 'children', 'parents', 'person_indicators'] as const;

export interface RebuildOptions {
  /** Facts per load transaction. */
  readonly batchSize?: number;
  /** People judged at once, each in a transaction of her own; by default the pool's size less one, one on PGlite. */
  readonly workers?: number;
  /**
   * Where the agencies' logs are read in the embedded transport: the store's own database unless
   * the rebuild fills another one (a what-if replay into a scratch database reads the live logs).
   */
  readonly agencyLogsIn?: Database;
}

/** Tables the judgement writes, which on a new replica grow from nothing while it runs. */
const JUDGED_TABLES = [
  'alerts',
  'alert_changes',
  'deadlines',
  'events',
  'outbox',
  'children',
  'parents',
  'journey_publications',
  'person_indicators',
];

/**
 * Re-reads the judged tables' statistics each time the people judged double. The judgement's
 * statements are prepared once per connection and their plans kept until the statistics change:
 * planned while a table was empty, a lookup by key stays a scan of the whole table as it grows
 * (ten times slower by the end of 100,000 facts, here). ANALYZE makes PostgreSQL plan them again.
 */
export class StatisticsAsTablesGrow {
  private refreshing: Promise<unknown> | undefined;
  private total = 0;

  constructor(
    private readonly db: Sql,
    private next: number,
  ) {}

  async judged(people: number): Promise<void> {
    this.total += people;
    if (this.total < this.next || this.refreshing) return;
    this.next *= 2;
    this.refreshing = this.db.query(`ANALYZE ${JUDGED_TABLES.map((t) => `child_welfare.${t}`).join(', ')}`);
    try {
      await this.refreshing;
    } finally {
      this.refreshing = undefined;
    }
  }
}

/** SAFEGUARD_REBUILD_WORKERS and SAFEGUARD_REBUILD_BATCH: how many people are judged at once, how many facts one load transaction keeps. */
export function rebuildOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RebuildOptions {
  const positive = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
    return n;
  };
  return { workers: positive('SAFEGUARD_REBUILD_WORKERS'), batchSize: positive('SAFEGUARD_REBUILD_BATCH') };
}

/** Load transactions committing while the next batch is read and decoded. */
const LOAD_WRITES_IN_FLIGHT = 2;
const DEFAULT_BATCH_SIZE = 2_000;

/**
 * Rebuilds the projection from the beginning of the agencies' history: the Kafka topics from
 * offset zero (under a throw-away consumer group, up to the end offsets seen at the start), or the
 * agencies' PostgreSQL logs in the embedded mode. Alerts and deadlines are kept: their ids derive
 * from rule and subject, so the replay lands on the same alerts instead of raising them again.
 *
 * In two phases. The load decodes, checks and upcasts each message as the live consumer does and
 * keeps its fact, thousands per transaction, with the dedupe marks the live consumer reads, and
 * judges nothing: a file judged half-loaded would only be judged again. Then each person with a
 * file is judged once, on her whole file, by the inbox's own judgement (rules, alerts with the
 * withdrawal of those the file no longer holds, journeys, indicators), several people at a time.
 * Journey changes are announced by that judgement, once, only where the public view differs from
 * the last announced. The deadline sweeper is held meanwhile, so no deadline is judged on a
 * half-loaded file.
 */
export class ProjectionRebuild {
  private readonly logger = new Logger(ProjectionRebuild.name);
  private failed = 0;
  private messages = 0;

  constructor(
    private readonly config: RuntimeConfig,
    private readonly store: EventStore,
    private readonly inbox: ChildWelfareInbox,
    private readonly sweeper: DeadlineSweeper,
    private readonly clock: Clock,
    private readonly topics: readonly string[],
    private readonly kafka?: KafkaConnection,
    private readonly options: RebuildOptions = {},
  ) {}

  run(): Promise<RebuildReport> {
    return this.sweeper.pausedWhile(() => this.rebuild());
  }

  private async rebuild(): Promise<RebuildReport> {
    const started = Date.now();
    const db = this.store.db;
    this.failed = 0;
    this.messages = 0;
    await db.transaction(async (sql) => {
      await sql.query(`TRUNCATE ${DERIVED_TABLES.map((t) => `child_welfare.${t}`).join(', ')}`);
      await sql.query(`DELETE FROM child_welfare.processed_events WHERE consumer = $1`, [CHILD_WELFARE_CONSUMER]);
    });
    const loader = new FactLoader((batch) => this.keep(db, batch), this.options.batchSize ?? DEFAULT_BATCH_SIZE, LOAD_WRITES_IN_FLIGHT);
    if (this.config.transport.kind === 'kafka') {
      if (!this.kafka) throw new Error('a Kafka rebuild needs the Kafka connection');
      await replayTopics(
        this.kafka,
        this.topics,
        CHILD_WELFARE_CONSUMER,
        async (messages) => {
          for (const message of messages) await this.intake(loader, () => decodeEventMessage(message));
        },
        this.logger,
      );
    } else {
      await replayLogs(agencyLogs(this.options.agencyLogsIn ?? db), async (events) => {
        for (const { envelope } of events) {
          await this.intake(loader, () => {
            assertHonoursSchema(envelope);
            return envelope;
          });
        }
      });
    }
    await loader.drain();
    // The load changed the tables' sizes by orders of magnitude: without fresh statistics the
    // judgement's per-person lookups may be planned as scans of the whole facts table.
    await db.query(`ANALYZE child_welfare.facts, child_welfare.person_files`);
    const loaded = Date.now();

    const [{ before }] = await db.query<{ before: string }>(`SELECT coalesce(max(global_position), 0)::text AS before FROM child_welfare.events`);
    const correlationId = randomUUID();
    const statistics = new StatisticsAsTablesGrow(db, PEOPLE_PER_PAGE * 2);
    await judgeEveryone(db, this.workers(), async (personIds) => {
      await this.inbox.reconsider(personIds, correlationId);
      await statistics.judged(personIds.length);
    });
    const judged = Date.now();

    const [counts] = await db.query<{ facts: string; people: string; children: string; announced: string }>(
      `SELECT (SELECT count(*) FROM child_welfare.facts) AS facts, (SELECT count(*) FROM child_welfare.person_files) AS people,
              (SELECT count(*) FROM child_welfare.children) AS children,
              (SELECT count(*) FROM child_welfare.events WHERE event_type = 'ChildJourneyChanged' AND global_position > $1::bigint) AS announced`,
      [before],
    );
    const report: RebuildReport = {
      facts: Number(counts.facts),
      people: Number(counts.people),
      children: Number(counts.children),
      announced: Number(counts.announced),
      failed: this.failed,
      tookMs: Date.now() - started,
      messages: this.messages,
      loadMs: loaded - started,
      judgeMs: judged - loaded,
    };
    this.logger.log(
      `rebuilt ${report.facts} facts of ${report.people} people, ${report.children} children from ${report.messages} messages; ` +
        `${report.announced} journey changes announced, ${report.failed} messages skipped, in ${report.tookMs} ms (load ${report.loadMs}, judge ${report.judgeMs})`,
    );
    return report;
  }

  /** Takes one message in; one that cannot be applied is counted and skipped with a warning rather than stopping the rebuild. */
  private async intake(loader: FactLoader, decode: () => EventEnvelope): Promise<void> {
    this.messages++;
    let filed: FiledFact | null;
    try {
      filed = filedFactOf(decode(), this.clock.now());
    } catch (e) {
      this.failed++;
      this.logger.warn(`rebuild skipped a message: ${String(e)}`);
      return;
    }
    if (filed) await loader.add(filed);
  }

  /**
   * One load transaction of facts. The facts table's primary key is what tells the live consumer
   * a fact was applied: no processed_events marks any more.
   */
  private async keep(db: Database, batch: readonly FiledFact[]): Promise<void> {
    await db.transaction(async (sql) => {
      // Not waiting for each batch to reach the disk: a rebuild that fails is run again from the
      // start, and nothing a load writes is published before the judgement that follows it.
      await sql.query(`SET LOCAL synchronous_commit = off`);
      await keepFacts(sql, batch);
    });
  }

  /** One PGlite session serialises every transaction, so one worker there; on PostgreSQL all but one of the pool's connections. */
  private workers(): number {
    if (this.options.workers) return this.options.workers;
    return this.config.database.kind === 'postgres' ? Math.max(1, this.config.database.poolSize - 1) : 1;
  }
}
