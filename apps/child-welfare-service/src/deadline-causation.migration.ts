import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each deadline keeps the agency event that set it (the arrest for a 3-hour screening deadline,
 * the order for a detention limit): an alert raised when it passes is caused by that fact. A
 * deadline armed before this column has no known cause and is fired with none; it learns its
 * cause when it is re-armed at a new time.
 */
export class DeadlineCausation1764190000000 implements MigrationInterface {
  readonly name = 'DeadlineCausation1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE child_welfare.deadlines ADD COLUMN caused_by uuid`);
    // The sweeper takes a person's due deadlines under her file's lock: found by person.
    await q.query(`CREATE INDEX deadlines_pending_by_person ON child_welfare.deadlines (person_id, due_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX child_welfare.deadlines_pending_by_person`);
    await q.query(`ALTER TABLE child_welfare.deadlines DROP COLUMN caused_by`);
  }
}
