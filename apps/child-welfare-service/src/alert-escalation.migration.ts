import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The alert change log also records escalations (a person still held days past her sentence). */
export class AlertEscalation1764160000000 implements MigrationInterface {
  readonly name = 'AlertEscalation1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE child_welfare.alert_changes DROP CONSTRAINT alert_changes_kind_check`);
    await q.query(
      `ALTER TABLE child_welfare.alert_changes ADD CONSTRAINT alert_changes_kind_check CHECK (kind IN ('alert-raised', 'alert-acknowledged', 'alert-escalated', 'alert-resolved'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM child_welfare.alert_changes WHERE kind = 'alert-escalated'`);
    await q.query(`ALTER TABLE child_welfare.alert_changes DROP CONSTRAINT alert_changes_kind_check`);
    await q.query(
      `ALTER TABLE child_welfare.alert_changes ADD CONSTRAINT alert_changes_kind_check CHECK (kind IN ('alert-raised', 'alert-acknowledged', 'alert-resolved'))`,
    );
  }
}
