import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts that monitors and welfare officers take on and close, filters on the unit and the
 * children, and the change log the live alert stream reads and replays (`GET /alerts/stream`).
 */
export class AlertLifecycle1764140000000 implements MigrationInterface {
  readonly name = 'AlertLifecycle1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE child_welfare.alerts
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN acknowledged_by text,
        ADD COLUMN acknowledgement_note text,
        ADD COLUMN resolved_by text`);
    await q.query(`CREATE INDEX alerts_by_unit ON child_welfare.alerts (responsible_unit_id)`);
    await q.query(`CREATE INDEX alerts_by_child ON child_welfare.alerts USING gin (child_ids jsonb_path_ops)`);
    await q.query(`
      CREATE TABLE child_welfare.alert_changes (
        position bigserial PRIMARY KEY,
        alert_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('alert-raised', 'alert-acknowledged', 'alert-resolved')),
        at timestamptz NOT NULL,
        alert jsonb NOT NULL
      )`);
    // Alerts raised before the log existed join it once, as they stand, oldest first.
    await q.query(`
      INSERT INTO child_welfare.alert_changes (alert_id, kind, at, alert)
      SELECT alert_id, CASE status WHEN 'resolved' THEN 'alert-resolved' ELSE 'alert-raised' END, coalesce(resolved_at, raised_at), to_jsonb(a)
        FROM child_welfare.alerts a ORDER BY coalesce(resolved_at, raised_at), alert_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE child_welfare.alert_changes`);
    await q.query(`DROP INDEX child_welfare.alerts_by_child`);
    await q.query(`DROP INDEX child_welfare.alerts_by_unit`);
    await q.query(`
      ALTER TABLE child_welfare.alerts
        DROP COLUMN acknowledged_at, DROP COLUMN acknowledged_by, DROP COLUMN acknowledgement_note, DROP COLUMN resolved_by`);
  }
}
