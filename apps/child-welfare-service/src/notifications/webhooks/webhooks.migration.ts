import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions and their deliveries (notifications/webhooks). A delivery is written
 * from the alert change log, one per subscription and change, and sent from this table by the
 * dispatcher, never from the request that changed the alert: a receiver that is down delays
 * its own deliveries and nothing else. `webhook_attempts` is the delivery log a subscriber reads.
 */
export class Webhooks1764260000000 implements MigrationInterface {
  readonly name = 'Webhooks1764260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_welfare.webhook_subscriptions (
        subscription_id uuid PRIMARY KEY,
        credential_id text NOT NULL,
        agency text NOT NULL,
        role text NOT NULL,
        unit_id text NOT NULL,
        user_id text NOT NULL,
        url text NOT NULL,
        rule_ids text[] NOT NULL,
        severities text[] NOT NULL,
        unit_ids text[] NOT NULL,
        secret text NOT NULL,
        previous_secret text,
        previous_secret_until timestamptz,
        after_position bigint NOT NULL,
        created_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await q.query(`CREATE INDEX webhook_subscriptions_by_credential ON child_welfare.webhook_subscriptions (credential_id, created_at)`);
    await q.query(`
      CREATE TABLE child_welfare.webhook_deliveries (
        delivery_id uuid PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES child_welfare.webhook_subscriptions (subscription_id),
        change_position bigint NOT NULL,
        alert_id uuid NOT NULL,
        kind text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'delivered', 'parked', 'cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        first_tried_at timestamptz,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (subscription_id, change_position)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_due ON child_welfare.webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE child_welfare.webhook_attempts (
        delivery_id uuid NOT NULL REFERENCES child_welfare.webhook_deliveries (delivery_id),
        attempt integer NOT NULL,
        attempted_at timestamptz NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        PRIMARY KEY (delivery_id, attempt)
      )`);
    // How far the dispatcher has turned alert changes into deliveries.
    await q.query(`CREATE TABLE child_welfare.webhook_cursor (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), position bigint NOT NULL)`);
    await q.query(`INSERT INTO child_welfare.webhook_cursor (position) SELECT coalesce(max(position), 0) FROM child_welfare.alert_changes`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE child_welfare.webhook_cursor, child_welfare.webhook_attempts, child_welfare.webhook_deliveries, child_welfare.webhook_subscriptions`,
    );
  }
}
