import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps every agency fact per person (the file every projection and safeguard is derived from),
 * the child and parent journeys derived from it, and the access log of who read a child's record.
 * Arrest watches are replaced by the person's file; their deadlines learn whose file to read.
 */
export class ChildJourneys1764130000000 implements MigrationInterface {
  readonly name = 'ChildJourneys1764130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_welfare.person_files (
        person_id text PRIMARY KEY,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE child_welfare.facts (
        event_id uuid PRIMARY KEY,
        person_id text NOT NULL,
        type text NOT NULL,
        agency text NOT NULL,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        data jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX facts_by_person ON child_welfare.facts (person_id)`);
    await q.query(`ALTER TABLE child_welfare.deadlines ADD COLUMN person_id text`);
    await q.query(`
      UPDATE child_welfare.deadlines d SET person_id = w.watch->'arrest'->'data'->'person'->>'personId'
      FROM child_welfare.arrest_watches w WHERE w.arrest_id::text = d.subject_key`);
    await q.query(`DROP TABLE child_welfare.arrest_watches`);
    await q.query(`
      CREATE TABLE child_welfare.children (
        child_key text PRIMARY KEY,
        person_id text NOT NULL,
        child_ids jsonb NOT NULL,
        stage text,
        location_type text,
        facility_id text,
        province text,
        last_contact_at timestamptz,
        review_flags integer NOT NULL,
        journey jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX children_by_person ON child_welfare.children (person_id)`);
    await q.query(`
      CREATE TABLE child_welfare.parents (
        person_id text PRIMARY KEY,
        stage text,
        facility_id text,
        province text,
        journey jsonb NOT NULL,
        review_flags jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE child_welfare.journey_publications (
        child_key text PRIMARY KEY,
        version integer NOT NULL,
        digest text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE child_welfare.access_log (
        access_id bigserial PRIMARY KEY,
        accessed_at timestamptz NOT NULL DEFAULT now(),
        credential_id text NOT NULL,
        agency text NOT NULL,
        role text NOT NULL,
        unit_id text NOT NULL,
        user_id text NOT NULL,
        resource text NOT NULL,
        resource_id text NOT NULL
      )`);
    await q.query(`CREATE INDEX access_log_by_resource ON child_welfare.access_log (resource, resource_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['access_log', 'journey_publications', 'parents', 'children', 'facts', 'person_files'])
      await q.query(`DROP TABLE child_welfare.${table}`);
    await q.query(`ALTER TABLE child_welfare.deadlines DROP COLUMN person_id`);
    await q.query(
      `CREATE TABLE child_welfare.arrest_watches (arrest_id uuid PRIMARY KEY, watch jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
    );
  }
}
