import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event store's tables in a service's own schema.
 *
 * `transaction_id` (xid8) lets readers of the global log follow commit order without ever
 * skipping an event whose transaction commits late: they read only below the oldest transaction
 * still running (`pg_snapshot_xmin`), ordered by (transaction_id, global_position).
 */
export function eventStoreMigration(schema: string): new () => MigrationInterface {
  return class EventStore1764115200000 implements MigrationInterface {
    readonly name = 'EventStore1764115200000';

    async up(q: QueryRunner): Promise<void> {
      await q.query(`
        CREATE TABLE "${schema}".events (
          global_position bigserial PRIMARY KEY,
          transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
          event_id uuid NOT NULL UNIQUE,
          stream_id text NOT NULL,
          stream_position integer NOT NULL CHECK (stream_position > 0),
          event_type text NOT NULL,
          schema_version integer NOT NULL,
          subject text NOT NULL,
          data jsonb NOT NULL,
          occurred_at timestamptz NOT NULL,
          recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
          correlation_id uuid NOT NULL,
          causation_id uuid,
          actor jsonb NOT NULL,
          source text NOT NULL,
          UNIQUE (stream_id, stream_position)
        )`);
      await q.query(`CREATE INDEX events_commit_order ON "${schema}".events (transaction_id, global_position)`);
      await q.query(`
        CREATE TABLE "${schema}".outbox (
          id bigserial PRIMARY KEY,
          transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
          global_position bigint NOT NULL REFERENCES "${schema}".events (global_position),
          topic text NOT NULL
        )`);
      await q.query(`CREATE INDEX outbox_commit_order ON "${schema}".outbox (transaction_id, id)`);
      await q.query(`
        CREATE TABLE "${schema}".idempotent_requests (
          idempotency_key text NOT NULL,
          principal text NOT NULL,
          request_hash text NOT NULL,
          status_code integer NOT NULL,
          response jsonb NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (principal, idempotency_key)
        )`);
      await q.query(`
        CREATE TABLE "${schema}".processed_events (
          consumer text NOT NULL,
          event_id uuid NOT NULL,
          processed_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (consumer, event_id)
        )`);
      await q.query(`
        CREATE TABLE "${schema}".log_checkpoints (
          consumer text PRIMARY KEY,
          transaction_id xid8 NOT NULL,
          global_position bigint NOT NULL
        )`);
      await q.query(`
        CREATE TABLE "${schema}".dead_letters (
          consumer text NOT NULL,
          event_id uuid NOT NULL,
          envelope jsonb NOT NULL,
          reason text NOT NULL,
          failed_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (consumer, event_id)
        )`);
    }

    async down(q: QueryRunner): Promise<void> {
      for (const table of ['dead_letters', 'log_checkpoints', 'processed_events', 'idempotent_requests', 'outbox', 'events']) {
        await q.query(`DROP TABLE "${schema}".${table}`);
      }
    }
  };
}
