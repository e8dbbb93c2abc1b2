import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access log's table in a service's schema, append-only: a trigger refuses UPDATE, DELETE and
 * TRUNCATE for every session, the service's own included, so neither a bug, an injected statement
 * nor a "clean-up" job can rewrite who read a child's record. The table's owner (or a superuser)
 * could still drop the trigger: keeping the log from the people who run the database is for
 * separate ownership and off-site copies, not for this table (README, Access log).
 *
 * It runs in each service's own migration history like its other tables: `accessLogMigration`
 * where a service starts its log afresh, or its own migration where it carries an earlier log over
 * (the child-welfare service's).
 */
export async function createAccessLogTable(q: QueryRunner, schema: string): Promise<void> {
  await q.query(`
    CREATE TABLE "${schema}".access_log (
      entry_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      accessed_at timestamptz NOT NULL,
      credential_id text,
      agency text,
      role text,
      unit_id text,
      user_id text,
      client_address text NOT NULL,
      method text NOT NULL,
      route text NOT NULL,
      action text NOT NULL CHECK (action IN ('read', 'change')),
      outcome smallint NOT NULL CHECK (outcome BETWEEN 100 AND 599),
      child_ids text[] NOT NULL,
      person_ids text[] NOT NULL,
      record_ids text[] NOT NULL,
      correlation_id uuid NOT NULL
    )`);
  // "Whose record": the listing looks entries up by any id they name, newest first.
  for (const column of ['child_ids', 'person_ids', 'record_ids']) {
    await q.query(`CREATE INDEX access_log_by_${column} ON "${schema}".access_log USING gin (${column})`);
  }
  await q.query(`CREATE INDEX access_log_by_time ON "${schema}".access_log (accessed_at DESC, entry_id DESC)`);
  await q.query(`
    CREATE FUNCTION "${schema}".access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the access log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`);
  // Per statement, not per row: an UPDATE or DELETE is refused even when it matches no row yet.
  await q.query(
    `CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "${schema}".access_log FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".access_log_is_append_only()`,
  );
}

/** The way down, only while the log is empty: rolling back a migration must not erase who read a child's record. */
export async function dropAccessLogTable(q: QueryRunner, schema: string): Promise<void> {
  const [{ kept }] = (await q.query(`SELECT EXISTS (SELECT 1 FROM "${schema}".access_log) AS kept`)) as { kept: boolean }[];
  if (kept)
    throw new Error(
      `"${schema}".access_log holds entries; an append-only log is not migrated down (copy it elsewhere and drop it by hand if you must)`,
    );
  await q.query(`DROP TABLE "${schema}".access_log`);
  await q.query(`DROP FUNCTION "${schema}".access_log_is_append_only()`);
}

/** The migration that starts a service's access log afresh, in the service's schema (as `eventStoreMigration` does for its events). */
export function accessLogMigration(schema: string): new () => MigrationInterface {
  return class AccessLog1764220000000 implements MigrationInterface {
    readonly name = 'AccessLog1764220000000';

    async up(q: QueryRunner): Promise<void> {
      await createAccessLogTable(q, schema);
    }

    async down(q: QueryRunner): Promise<void> {
      await dropAccessLogTable(q, schema);
    }
  };
}
