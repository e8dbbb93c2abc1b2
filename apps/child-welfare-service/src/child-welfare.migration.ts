import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The child-welfare service's read models: what it watches, the deadlines it keeps, the alerts. */
export class ChildWelfare1764115300000 implements MigrationInterface {
  readonly name = 'ChildWelfare1764115300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_welfare.arrest_watches (
        arrest_id uuid PRIMARY KEY,
        watch jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE child_welfare.deadlines (
        rule_id text NOT NULL,
        subject_key text NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'fired', 'cancelled')),
        reason text,
        PRIMARY KEY (rule_id, subject_key)
      )`);
    await q.query(`CREATE INDEX deadlines_pending ON child_welfare.deadlines (due_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE child_welfare.alerts (
        alert_id uuid PRIMARY KEY,
        rule_id text NOT NULL,
        subject_key text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
        severity text NOT NULL,
        person_id text NOT NULL,
        arrest_id uuid,
        child_ids jsonb NOT NULL,
        responsible_agency text NOT NULL,
        responsible_unit_id text,
        province text,
        legal_basis text NOT NULL,
        summary text NOT NULL,
        due_at timestamptz NOT NULL,
        raised_at timestamptz NOT NULL,
        resolved_at timestamptz,
        resolution text,
        late_by_minutes integer,
        resolution_reason text,
        triggering_event_ids jsonb NOT NULL,
        policy_id text NOT NULL,
        version integer NOT NULL,
        UNIQUE (rule_id, subject_key)
      )`);
    await q.query(`CREATE INDEX alerts_open ON child_welfare.alerts (status, severity, due_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['alerts', 'deadlines', 'arrest_watches']) await q.query(`DROP TABLE child_welfare.${table}`);
  }
}
