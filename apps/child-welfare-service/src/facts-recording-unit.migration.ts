import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each kept fact names the unit whose credential recorded it: the court that must act on a
 * court's record is the court that made it, not the judge or the room named in it.
 */
export class FactsRecordingUnit1764170000000 implements MigrationInterface {
  readonly name = 'FactsRecordingUnit1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE child_welfare.facts ADD COLUMN unit_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE child_welfare.facts DROP COLUMN unit_id`);
  }
}
