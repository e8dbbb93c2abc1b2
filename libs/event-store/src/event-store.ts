import { randomUUID } from 'node:crypto';
import type { Actor, EventEnvelope, PublicEvent } from '@safeguard/contracts';
import { VersionConflict } from '@safeguard/domain';
import { sqlState, type Database, type Sql } from './database';
import type { EventContracts } from './event-contracts';
import { fallbackContracts } from './fallback-contracts';

export interface AppendMetadata {
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly actor: Actor;
}

/** Events for one stream in `appendEach`, at the version its writer read. */
export interface StreamAppend {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly PublicEvent[];
  readonly metadata: AppendMetadata;
}

/** A point in the global log, in commit order. */
export interface LogPosition {
  readonly transactionId: string;
  readonly globalPosition: string;
}
export const START_OF_LOG: LogPosition = { transactionId: '0', globalPosition: '0' };

export interface StoredStream {
  /** The number of events in the stream: the expected version for the next append. */
  readonly version: number;
  readonly events: readonly EventEnvelope[];
}

export interface LoggedEvent {
  readonly position: LogPosition;
  readonly envelope: EventEnvelope;
}

/**
 * A read model updated in the same transaction as the events it reads, so a list or a lookup is
 * never behind the writes that answered the caller.
 */
export type InlineProjection = (sql: Sql, appended: readonly EventEnvelope[]) => Promise<void>;

export interface EventStoreOptions {
  /** The service's PostgreSQL schema, holding its events, outbox and checkpoints. */
  readonly schema: string;
  /** The CloudEvents `source` of what this service records, e.g. `/safeguard/arrest-service`. */
  readonly source: string;
  /** Write an outbox row per event for the Kafka relay (off in embedded mode, where readers follow the log). */
  readonly outbox: boolean;
  readonly inlineProjections?: readonly InlineProjection[];
  /**
   * The catalogue, the schema validator and the upcasters. Absent only where a store is built by
   * hand outside `PersistenceModule` (the embedded agency-log readers, two messaging tests); those
   * get `fallbackContracts` until they pass their own.
   */
  readonly contracts?: EventContracts;
}

/**
 * Append-only streams in PostgreSQL with optimistic concurrency, a global log in commit order,
 * and a transactional outbox. Every event is checked against its JSON Schema, at the catalogue's
 * current version, before it is stored, so nothing invalid can ever be published. Rows keep the
 * version they were written at; `readStream` and `readLog` hand them back at the current one.
 */
export class EventStore {
  private readonly contracts: EventContracts;

  constructor(
    readonly db: Database,
    readonly options: EventStoreOptions,
  ) {
    this.contracts = options.contracts ?? fallbackContracts;
  }

  get notifyChannel(): string {
    return `${this.options.schema}_log`;
  }

  async readStream(streamId: string, sql: Sql = this.db): Promise<StoredStream> {
    const rows = await sql.query(`${this.selectEnvelope()} WHERE stream_id = $1 ORDER BY stream_position`, [streamId]);
    const events = rows.map((row) => this.toEnvelope(row));
    return { version: events.length, events };
  }

  /**
   * Several streams at once, in one query: each as `readStream` reads it (a stream never written
   * is at version 0, with no events). For a writer deciding on many streams in one transaction.
   */
  async readStreams(streamIds: readonly string[], sql: Sql = this.db): Promise<Map<string, StoredStream>> {
    const ids = [...new Set(streamIds)];
    const streams = new Map<string, StoredStream>(ids.map((id) => [id, { version: 0, events: [] }]));
    if (ids.length === 0) return streams;
    const rows = await sql.query(`${this.selectEnvelope()} WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, stream_position`, [ids]);
    const events = new Map<string, EventEnvelope[]>();
    for (const row of rows) {
      const envelope = this.toEnvelope(row);
      const list = events.get(envelope.streamId) ?? [];
      list.push(envelope);
      events.set(envelope.streamId, list);
    }
    for (const [id, list] of events) streams.set(id, { version: list.length, events: list });
    return streams;
  }

  /**
   * `append` for several streams in one statement, each at its own expected version and with its
   * own metadata: all or nothing, a stream no longer at its version failing the whole call with
   * `VersionConflict` (inside the caller's transaction, as separate appends would fail it). Events
   * take global positions in the order given. A stream may appear once.
   */
  async appendEach(sql: Sql, appends: readonly StreamAppend[]): Promise<EventEnvelope[]> {
    const streams = appends.filter((a) => a.events.length > 0);
    if (streams.length === 0) return [];
    if (new Set(streams.map((a) => a.streamId)).size !== streams.length) throw new Error('appendEach: a stream may be appended to once per call');
    let seq = 0;
    const rows = streams.flatMap(({ streamId, expectedVersion, events, metadata }) =>
      events.map((event, i) => ({
        seq: ++seq,
        stream_id: streamId,
        expected: expectedVersion,
        stream_position: expectedVersion + i + 1,
        ...this.rowOf(event),
        correlation_id: metadata.correlationId,
        causation_id: metadata.causationId,
        actor: metadata.actor,
      })),
    );
    const s = this.options.schema;
    let inserted: Record<string, unknown>[];
    try {
      inserted = await sql.query(
        `WITH new_events AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS e(
             seq int, stream_id text, expected int, stream_position int, event_id uuid, event_type text, schema_version int,
             subject text, occurred_at timestamptz, data jsonb, topic text, correlation_id uuid, causation_id uuid, actor jsonb)
         ), heads AS (
           SELECT n.stream_id, coalesce(max(ev.stream_position), 0) AS version
             FROM (SELECT DISTINCT stream_id FROM new_events) n LEFT JOIN "${s}".events ev ON ev.stream_id = n.stream_id
            GROUP BY n.stream_id
         ), inserted AS (
           INSERT INTO "${s}".events (event_id, stream_id, stream_position, event_type, schema_version,
             subject, data, occurred_at, correlation_id, causation_id, actor, source)
           SELECT n.event_id, n.stream_id, n.stream_position, n.event_type, n.schema_version, n.subject, n.data, n.occurred_at,
                  n.correlation_id, n.causation_id, n.actor, $2
             FROM new_events n JOIN heads h ON h.stream_id = n.stream_id AND h.version = n.expected
            ORDER BY n.seq
           RETURNING global_position, event_id, recorded_at
         ), outboxed AS (
           INSERT INTO "${s}".outbox (global_position, topic)
           SELECT i.global_position, n.topic FROM inserted i JOIN new_events n USING (event_id)
            WHERE n.topic IS NOT NULL
            ORDER BY i.global_position
         )
         SELECT global_position::text, event_id, recorded_at, (SELECT pg_notify($3, '')) IS NULL AS notified
           FROM inserted ORDER BY global_position`,
        [JSON.stringify(rows), this.options.source, this.notifyChannel],
      );
    } catch (error) {
      if (sqlState(error) === '23505') throw conflictAmong(streams);
      throw error;
    }
    if (inserted.length !== rows.length) throw conflictAmong(streams);
    const stored = new Map(inserted.map((r) => [String(r.event_id), r]));
    const appended: EventEnvelope[] = rows.map((row) => {
      const r = stored.get(row.event_id);
      if (!r) throw new Error(`appendEach: the database did not return event ${row.event_id} it stored`);
      return {
        eventId: row.event_id,
        type: row.event_type,
        schemaVersion: row.schema_version,
        streamId: row.stream_id,
        streamPosition: row.stream_position,
        globalPosition: String(r.global_position),
        subject: row.subject,
        occurredAt: new Date(row.occurred_at).toISOString(),
        recordedAt: new Date(r.recorded_at as string).toISOString(),
        correlationId: row.correlation_id,
        causationId: row.causation_id,
        actor: row.actor,
        source: this.options.source,
        data: row.data,
      };
    });
    for (const project of this.options.inlineProjections ?? []) await project(sql, appended);
    return appended;
  }

  /**
   * Appends `events` if the stream is still at `expectedVersion`; otherwise throws
   * `VersionConflict` and stores nothing. Run it inside the caller's transaction so the
   * read model, the dedupe mark or the idempotency record commit with the events.
   */
  async append(
    sql: Sql,
    streamId: string,
    expectedVersion: number,
    events: readonly PublicEvent[],
    metadata: AppendMetadata,
  ): Promise<EventEnvelope[]> {
    if (events.length === 0) return [];
    const rows = events.map((event, i) => ({ ord: i + 1, ...this.rowOf(event) }));
    const s = this.options.schema;
    let inserted: Record<string, unknown>[];
    try {
      inserted = await sql.query(
        `WITH head AS (
           SELECT coalesce(max(stream_position), 0) AS version FROM "${s}".events WHERE stream_id = $1
         ), new_events AS (
           SELECT * FROM jsonb_to_recordset($3::jsonb) AS e(
             ord int, event_id uuid, event_type text, schema_version int, subject text,
             occurred_at timestamptz, data jsonb, topic text)
         ), inserted AS (
           INSERT INTO "${s}".events (event_id, stream_id, stream_position, event_type, schema_version,
             subject, data, occurred_at, correlation_id, causation_id, actor, source)
           SELECT event_id, $1, $2 + ord, event_type, schema_version, subject, data, occurred_at, $4, $5, $6, $7
           FROM new_events WHERE (SELECT version FROM head) = $2
           ORDER BY ord
           RETURNING global_position, event_id, stream_position, recorded_at
         ), outboxed AS (
           INSERT INTO "${s}".outbox (global_position, topic)
           SELECT i.global_position, n.topic FROM inserted i JOIN new_events n USING (event_id)
           WHERE n.topic IS NOT NULL
         )
         SELECT global_position::text, event_id, stream_position, recorded_at,
                (SELECT pg_notify($8, '')) IS NULL AS notified
           FROM inserted ORDER BY stream_position`,
        [
          streamId,
          expectedVersion,
          JSON.stringify(rows),
          metadata.correlationId,
          metadata.causationId,
          JSON.stringify(metadata.actor),
          this.options.source,
          this.notifyChannel,
        ],
      );
    } catch (error) {
      if (sqlState(error) === '23505') throw conflict(streamId, expectedVersion);
      throw error;
    }
    if (inserted.length !== rows.length) throw conflict(streamId, expectedVersion);
    const appended: EventEnvelope[] = inserted.map((r, i) => ({
      eventId: rows[i].event_id,
      type: rows[i].event_type,
      schemaVersion: rows[i].schema_version,
      streamId,
      streamPosition: Number(r.stream_position),
      globalPosition: String(r.global_position),
      subject: rows[i].subject,
      occurredAt: new Date(rows[i].occurred_at).toISOString(),
      recordedAt: new Date(r.recorded_at as string).toISOString(),
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      actor: metadata.actor,
      source: this.options.source,
      data: rows[i].data,
    }));
    for (const project of this.options.inlineProjections ?? []) await project(sql, appended);
    return appended;
  }

  /**
   * Events after `after` in commit order, never past the oldest transaction still running, so
   * an event whose transaction commits late is read later rather than skipped.
   */
  async readLog(after: LogPosition, limit: number, sql: Sql = this.db): Promise<LoggedEvent[]> {
    const rows = await sql.query(
      `${this.selectEnvelope(', transaction_id::text AS transaction_id')}
       WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY transaction_id, global_position
       LIMIT $3`,
      [after.transactionId, after.globalPosition, limit],
    );
    return rows.map((row) => ({
      position: { transactionId: String(row.transaction_id), globalPosition: String(row.global_position) },
      envelope: this.toEnvelope(row),
    }));
  }

  /** An event as `append` and `appendEach` store it: checked against its schema, placed by the catalogue. */
  private rowOf(event: PublicEvent) {
    const entry = this.contracts.placementOf(event);
    const problems = this.contracts.problems(event.type, entry.schemaVersion, event.data);
    if (problems.length > 0) {
      throw new Error(`${event.type} breaks its schema: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    }
    return {
      event_id: randomUUID(),
      event_type: event.type,
      schema_version: entry.schemaVersion,
      subject: entry.subject,
      occurred_at: entry.occurredAt,
      data: event.data,
      topic: this.options.outbox ? entry.topic : null,
    };
  }

  /**
   * A stored row as every reader gets it: its data brought to the catalogue's current schema
   * version, so a fold or a consumer written for v2 reads a row stored at v1 unchanged.
   */
  private toEnvelope(row: Record<string, unknown>): EventEnvelope {
    return this.contracts.upcast(toStoredEnvelope(row));
  }

  private selectEnvelope(extra = ''): string {
    return `SELECT global_position::text AS global_position, event_id, stream_id, stream_position, event_type,
              schema_version, subject, data, occurred_at, recorded_at, correlation_id, causation_id, actor, source${extra}
            FROM "${this.options.schema}".events`;
  }
}

function conflictAmong(appends: readonly StreamAppend[]): VersionConflict {
  const first = appends[0];
  return new VersionConflict(
    'STREAM.VERSION_CONFLICT',
    `one of ${appends.length} streams (${first.streamId}…) is no longer at the version read; read them again and retry`,
    {
      streamId: first.streamId,
      expectedVersion: first.expectedVersion,
    },
  );
}

function conflict(streamId: string, expectedVersion: number): VersionConflict {
  return new VersionConflict('STREAM.VERSION_CONFLICT', `${streamId} is no longer at version ${expectedVersion}; read it again and retry`, {
    streamId,
    expectedVersion,
  });
}

/** A stored row exactly as it was written, at the schema version it was written at. */
export function toStoredEnvelope(row: Record<string, unknown>): EventEnvelope {
  return {
    eventId: String(row.event_id),
    type: String(row.event_type),
    schemaVersion: Number(row.schema_version),
    streamId: String(row.stream_id),
    streamPosition: Number(row.stream_position),
    globalPosition: String(row.global_position),
    subject: String(row.subject),
    occurredAt: new Date(row.occurred_at as string).toISOString(),
    recordedAt: new Date(row.recorded_at as string).toISOString(),
    correlationId: String(row.correlation_id),
    causationId: row.causation_id === null ? null : (row.causation_id as string),
    actor: jsonColumn<Actor>(row.actor),
    source: String(row.source),
    data: jsonColumn(row.data),
  };
}

/**
 * A jsonb column as the driver hands it back: pg parses it, PGlite may give the text. Every read
 * model that stores JSON reads it through here.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape it stored in the column; the value is parsed, not checked
export function jsonColumn<T = unknown>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
