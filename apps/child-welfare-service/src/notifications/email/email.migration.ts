import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alert emails waiting to be sent, sent, or given up on (notifications/email). An email is
 * written here first, once (`dedupe_key`: one per critical alert and address, one digest per
 * address and day), and sent from here, so an SMTP server that is down delays mail and nothing
 * else, and a restart neither loses nor repeats one it had recorded as sent.
 */
export class AlertEmails1764270000000 implements MigrationInterface {
  readonly name = 'AlertEmails1764270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_welfare.email_outbox (
        email_id uuid PRIMARY KEY,
        dedupe_key text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('critical-alert', 'digest')),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'parked')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        first_tried_at timestamptz,
        sent_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX email_outbox_due ON child_welfare.email_outbox (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`CREATE TABLE child_welfare.email_cursor (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), position bigint NOT NULL)`);
    await q.query(`INSERT INTO child_welfare.email_cursor (position) SELECT coalesce(max(position), 0) FROM child_welfare.alert_changes`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE child_welfare.email_cursor, child_welfare.email_outbox`);
  }
}
