import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deadline fires at `fires_at`: its due time, or a reporting grace after it was armed when that
 * is later. Agencies post late, in batches: an arrest entered three days after it happened arms a
 * 3-hour deadline already passed, and the screening made at the station is usually the next record
 * in the same batch. Firing at once would raise an alert the next record takes back. Deadlines
 * armed before this column fire at their due time, as they did.
 */
export class DeadlineReportingGrace1764200000000 implements MigrationInterface {
  readonly name = 'DeadlineReportingGrace1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE child_welfare.deadlines ADD COLUMN fires_at timestamptz`);
    await q.query(`UPDATE child_welfare.deadlines SET fires_at = due_at`);
    await q.query(`ALTER TABLE child_welfare.deadlines ALTER COLUMN fires_at SET NOT NULL`);
    await q.query(`DROP INDEX child_welfare.deadlines_pending_by_person`);
    await q.query(`CREATE INDEX deadlines_pending_by_person ON child_welfare.deadlines (person_id, fires_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX deadlines_pending_firing ON child_welfare.deadlines (fires_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX child_welfare.deadlines_pending_firing`);
    await q.query(`DROP INDEX child_welfare.deadlines_pending_by_person`);
    await q.query(`CREATE INDEX deadlines_pending_by_person ON child_welfare.deadlines (person_id, due_at) WHERE status = 'pending'`);
    await q.query(`ALTER TABLE child_welfare.deadlines DROP COLUMN fires_at`);
  }
}
