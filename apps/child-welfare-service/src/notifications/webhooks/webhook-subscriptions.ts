import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@safeguard/auth';
import { DomainRuleViolation, NotFound } from '@safeguard/domain';
import { Database } from '@safeguard/event-store';
import { textArrayColumn, type Page } from '@safeguard/platform';
import type { SubscriptionFilter } from './subscription-terms';
import { newWebhookSecret } from './webhook-signature';

/** How long the secret a rotation replaced is still honoured: a day to deploy the new one. */
export const ROTATED_SECRET_HONOURED_MS = 24 * 3_600_000;

export type DeliveryStatus = 'pending' | 'delivered' | 'parked' | 'cancelled';

export interface Subscription extends SubscriptionFilter {
  readonly subscriptionId: string;
  readonly url: string;
  readonly createdAt: string;
  readonly endedAt: string | null;
  /** Until when the secret a rotation replaced still signs deliveries too; null when none does. */
  readonly previousSecretHonouredUntil: string | null;
}

export interface Attempt {
  readonly attempt: number;
  readonly at: string;
  /** The receiver's HTTP status; null when no answer came (refused, timed out). */
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly durationMs: number;
}

export interface Delivery {
  readonly deliveryId: string;
  readonly alertId: string;
  readonly kind: string;
  readonly changePosition: number;
  readonly status: DeliveryStatus;
  readonly attempts: readonly Attempt[];
  readonly nextAttemptAt: string | null;
  readonly deliveredAt: string | null;
  readonly createdAt: string;
}

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

/**
 * The webhook subscriptions of each credential, and their delivery logs. A subscription belongs
 * to the credential that made it: another credential, whatever its role, finds no such
 * subscription (404), so one agency cannot read or end another's.
 */
@Injectable()
export class WebhookSubscriptions {
  constructor(@Inject(Database) private readonly db: Database) {}

  /** A new subscription, hearing of the changes made after now; the secret is returned here and never again. */
  async subscribe(owner: Principal, url: string, filter: SubscriptionFilter, now: Date): Promise<Subscription & { readonly secret: string }> {
    const subscriptionId = randomUUID();
    const secret = newWebhookSecret();
    await this.db.query(
      `INSERT INTO child_welfare.webhook_subscriptions (subscription_id, credential_id, agency, role, unit_id, user_id, url, rule_ids, severities, unit_ids, secret, after_position, created_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce((SELECT max(position) FROM child_welfare.alert_changes), 0), $12`,
      [
        subscriptionId,
        owner.credentialId,
        owner.agency,
        owner.role,
        owner.unitId,
        owner.userId,
        url,
        filter.ruleIds,
        filter.severities,
        filter.unitIds,
        secret,
        now,
      ],
    );
    return { ...(await this.get(owner, subscriptionId)), secret };
  }

  /** The credential's subscriptions, newest first, ended ones included. */
  async list(owner: Pick<Principal, 'credentialId'>): Promise<Subscription[]> {
    const rows = await this.db.query(
      `SELECT * FROM child_welfare.webhook_subscriptions WHERE credential_id = $1 ORDER BY created_at DESC, subscription_id`,
      [owner.credentialId],
    );
    return rows.map(toSubscription);
  }

  async get(owner: Pick<Principal, 'credentialId'>, subscriptionId: string): Promise<Subscription> {
    const rows = await this.db.query(`SELECT * FROM child_welfare.webhook_subscriptions WHERE subscription_id = $1 AND credential_id = $2`, [
      subscriptionId,
      owner.credentialId,
    ]);
    const row = rows.at(0);
    if (!row) throw new NotFound('SUBSCRIPTION.UNKNOWN', `no subscription ${subscriptionId} of this credential`);
    return toSubscription(row);
  }

  /** A new secret, returned once; the one it replaces still signs deliveries for a day, beside it. */
  async rotateSecret(owner: Pick<Principal, 'credentialId'>, subscriptionId: string, now: Date): Promise<Subscription & { readonly secret: string }> {
    const live = await this.get(owner, subscriptionId);
    if (live.endedAt !== null) throw new DomainRuleViolation('SUBSCRIPTION.ENDED', `subscription ${subscriptionId} has ended`);
    const secret = newWebhookSecret();
    await this.db.query(
      `UPDATE child_welfare.webhook_subscriptions SET previous_secret = secret, previous_secret_until = $3, secret = $4 WHERE subscription_id = $1 AND credential_id = $2`,
      [subscriptionId, owner.credentialId, new Date(now.getTime() + ROTATED_SECRET_HONOURED_MS), secret],
    );
    return { ...(await this.get(owner, subscriptionId)), secret };
  }

  /** Ends the subscription: nothing more is written for it, and what waits to be sent is cancelled. Ending twice is the same as once. */
  async end(owner: Pick<Principal, 'credentialId'>, subscriptionId: string, now: Date): Promise<Subscription> {
    await this.get(owner, subscriptionId);
    await this.db.transaction(async (sql) => {
      await sql.query(`UPDATE child_welfare.webhook_subscriptions SET ended_at = coalesce(ended_at, $2) WHERE subscription_id = $1`, [
        subscriptionId,
        now,
      ]);
      await sql.query(
        `UPDATE child_welfare.webhook_deliveries SET status = 'cancelled' WHERE subscription_id = $1 AND status IN ('pending', 'parked')`,
        [subscriptionId],
      );
    });
    return this.get(owner, subscriptionId);
  }

  /** The delivery log: deliveries newest first, each with every attempt. */
  async deliveries(
    owner: Pick<Principal, 'credentialId'>,
    subscriptionId: string,
    status: DeliveryStatus | undefined,
    limit: number,
    offset: number,
  ): Promise<Page<Delivery>> {
    await this.get(owner, subscriptionId);
    const where = `subscription_id = $1 AND ($2::text IS NULL OR status = $2)`;
    return this.db.transaction(async (sql) => {
      const [{ total }] = await sql.query<{ total: string | number }>(
        `SELECT count(*) AS total FROM child_welfare.webhook_deliveries WHERE ${where}`,
        [subscriptionId, status ?? null],
      );
      const rows = await sql.query(
        `SELECT d.*, coalesce((SELECT jsonb_agg(jsonb_build_object('attempt', a.attempt, 'at', a.attempted_at, 'statusCode', a.status_code, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempt)
                                FROM child_welfare.webhook_attempts a WHERE a.delivery_id = d.delivery_id), '[]'::jsonb) AS attempt_log
           FROM child_welfare.webhook_deliveries d WHERE ${where} ORDER BY d.change_position DESC LIMIT $3 OFFSET $4`,
        [subscriptionId, status ?? null, limit, offset],
      );
      return { items: rows.map(toDelivery), total: Number(total), limit, offset };
    });
  }

  /** A parked delivery tried again now, with a fresh day of retries; its attempts so far stay in the log. */
  async redeliver(owner: Pick<Principal, 'credentialId'>, subscriptionId: string, deliveryId: string, now: Date): Promise<void> {
    const live = await this.get(owner, subscriptionId);
    if (live.endedAt !== null) throw new DomainRuleViolation('SUBSCRIPTION.ENDED', `subscription ${subscriptionId} has ended`);
    const rows = await this.db.query<{ status: DeliveryStatus }>(
      `SELECT status FROM child_welfare.webhook_deliveries WHERE delivery_id = $1 AND subscription_id = $2`,
      [deliveryId, subscriptionId],
    );
    const row = rows.at(0);
    if (!row) throw new NotFound('DELIVERY.UNKNOWN', `no delivery ${deliveryId} in subscription ${subscriptionId}`);
    if (row.status !== 'parked')
      throw new DomainRuleViolation('DELIVERY.NOT_PARKED', `delivery ${deliveryId} is ${row.status}: only a parked delivery is sent again by hand`);
    await this.db.query(
      `UPDATE child_welfare.webhook_deliveries SET status = 'pending', next_attempt_at = $2, first_tried_at = NULL WHERE delivery_id = $1 AND status = 'parked'`,
      [deliveryId, now],
    );
  }
}

function toSubscription(row: Record<string, unknown>): Subscription {
  return {
    subscriptionId: String(row.subscription_id),
    url: String(row.url),
    ruleIds: textArrayColumn(row.rule_ids),
    severities: textArrayColumn(row.severities),
    unitIds: textArrayColumn(row.unit_ids),
    createdAt: iso(row.created_at) ?? '',
    endedAt: iso(row.ended_at),
    previousSecretHonouredUntil: iso(row.previous_secret_until),
  };
}

function toDelivery(row: Record<string, unknown>): Delivery {
  const status = row.status as DeliveryStatus;
  const attempts = (typeof row.attempt_log === 'string' ? JSON.parse(row.attempt_log) : row.attempt_log) as (Omit<Attempt, 'at'> & { at: string })[];
  return {
    deliveryId: String(row.delivery_id),
    alertId: String(row.alert_id),
    kind: String(row.kind),
    changePosition: Number(row.change_position),
    status,
    attempts: attempts.map((a) => ({ ...a, at: new Date(a.at).toISOString() })),
    nextAttemptAt: status === 'pending' ? iso(row.next_attempt_at) : null,
    deliveredAt: iso(row.delivered_at),
    createdAt: iso(row.created_at) ?? '',
  };
}
