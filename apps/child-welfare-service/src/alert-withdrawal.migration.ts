import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An alert the later facts take back is withdrawn (AlertWithdrawn), not resolved: it is no miss,
 * and leaves the board and the counts of misses. Rows withdrawn before this were recorded as
 * resolved with no lateness and the withdrawal's reason; they become withdrawn rows (their
 * streams keep the AlertResolved they were published with).
 */
export class AlertWithdrawal1764210000000 implements MigrationInterface {
  readonly name = 'AlertWithdrawal1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE child_welfare.alerts DROP CONSTRAINT alerts_status_check`);
    await q.query(
      `ALTER TABLE child_welfare.alerts ADD CONSTRAINT alerts_status_check CHECK (status IN ('open', 'acknowledged', 'resolved', 'withdrawn'))`,
    );
    await q.query(`ALTER TABLE child_welfare.alert_changes DROP CONSTRAINT alert_changes_kind_check`);
    await q.query(
      `ALTER TABLE child_welfare.alert_changes ADD CONSTRAINT alert_changes_kind_check
         CHECK (kind IN ('alert-raised', 'alert-acknowledged', 'alert-escalated', 'alert-resolved', 'alert-withdrawn'))`,
    );
    await q.query(
      `UPDATE child_welfare.alerts SET status = 'withdrawn', resolution = 'withdrawn', late_by_minutes = NULL
        WHERE status = 'resolved' AND resolution_reason = 'withdrawn: facts that reached the service later show this safeguard was not missed'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE child_welfare.alerts SET status = 'resolved', resolution = 'fact-recorded-late', late_by_minutes = 0 WHERE status = 'withdrawn'`,
    );
    await q.query(`DELETE FROM child_welfare.alert_changes WHERE kind = 'alert-withdrawn'`);
    await q.query(`ALTER TABLE child_welfare.alert_changes DROP CONSTRAINT alert_changes_kind_check`);
    await q.query(
      `ALTER TABLE child_welfare.alert_changes ADD CONSTRAINT alert_changes_kind_check CHECK (kind IN ('alert-raised', 'alert-acknowledged', 'alert-escalated', 'alert-resolved'))`,
    );
    await q.query(`ALTER TABLE child_welfare.alerts DROP CONSTRAINT alerts_status_check`);
    await q.query(`ALTER TABLE child_welfare.alerts ADD CONSTRAINT alerts_status_check CHECK (status IN ('open', 'acknowledged', 'resolved'))`);
  }
}
