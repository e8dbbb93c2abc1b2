import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Role } from '@safeguard/contracts';
import type { Database, Sql } from '@safeguard/event-store';
import { WakeableLoop } from '@safeguard/messaging';
import { textArrayColumn, type Clock } from '@safeguard/platform';
import type { AlertChange } from '../../alerts/alert-changes';
import { alertAsReadBy } from '../../alerts/list-alerts/alert-as-read-by';
import type { AlertChangeFeed } from '../../alerts/stream-alerts/alert-change-feed';
import { AlertChangeFollower } from '../alert-change-follower';
import { afterFailure, delivered } from '../retry-schedule';
import { wants } from './subscription-terms';
import { signatureHeader } from './webhook-signature';

/** Deliveries claimed per pass, and sent at once. */
const BATCH = 20;
/** A claimed delivery is not claimed again (by this or another instance) for this long: longer than a send can take. */
const CLAIM_MS = 60_000;
const SEND_TIMEOUT_MS = 10_000;

export interface WebhookDispatchOptions {
  /** False where the service does not follow the agencies (a rebuild, a what-if): its alert changes are not news to anyone. */
  readonly dispatching?: boolean;
  readonly pollMs?: number;
  /** Random in [0, 1) for the retry jitter; tests pin it. */
  readonly random?: () => number;
}

/** The body of one delivery: what changed, and the alert as it stood after the change, as the subscriber's role reads it. */
export interface DeliveryBody {
  readonly deliveryId: string;
  readonly kind: AlertChange['kind'];
  readonly changePosition: number;
  readonly alert: AlertChange['alert'];
}

/**
 * Turns alert changes into webhook deliveries and sends them.
 *
 * Writing: follows the alert change log from its own cursor (`webhook_cursor`) and, in one
 * transaction per change, writes a delivery for each live subscription that asks for it and moves
 * the cursor: a crash replays from the cursor, and (subscription, change) is unique, so a change
 * is written once however often it is replayed, and by however many instances.
 *
 * Sending: claims due deliveries (SKIP LOCKED, so instances share the work), POSTs each signed
 * body outside any transaction (a slow receiver holds no connection), then records the attempt:
 * 2xx delivered, anything else retried with backoff and jitter for a day, then parked. At least
 * once: a crash between the POST and its record sends it again, with the same delivery id.
 */
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly sender: WakeableLoop;
  private readonly follower: AlertChangeFollower;

  constructor(
    private readonly db: Database,
    private readonly feed: AlertChangeFeed,
    private readonly clock: Clock,
    private readonly options: WebhookDispatchOptions = {},
  ) {
    this.sender = new WakeableLoop(
      () => this.sendDue(),
      options.pollMs ?? 1_000,
      (e) => this.logger.warn(`webhook sending failed, will retry: ${String(e)}`),
    );
    this.follower = new AlertChangeFollower(
      db,
      feed,
      'child_welfare.webhook_cursor',
      (sql, change) => this.write(sql, change),
      this.logger,
      () => this.sender.wake(),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.dispatching === false) return;
    await this.follower.start();
    this.sender.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.follower.stop();
    await this.sender.stop();
  }

  /** Wakes the sender at once (after a clock moved in a test, or a delivery was re-queued). */
  wake(): void {
    this.sender.wake();
  }

  /** The deliveries of one change, in the follower's transaction (which moves the cursor past it). */
  private async write(sql: Sql, change: AlertChange): Promise<void> {
    const now = this.clock.now();
    const subscriptions = await sql.query<{ subscription_id: string; role: Role; rule_ids: unknown; severities: unknown; unit_ids: unknown }>(
      `SELECT subscription_id, role, rule_ids, severities, unit_ids FROM child_welfare.webhook_subscriptions WHERE ended_at IS NULL AND after_position < $1`,
      [change.position],
    );
    for (const s of subscriptions) {
      const filter = { ruleIds: textArrayColumn(s.rule_ids), severities: textArrayColumn(s.severities), unitIds: textArrayColumn(s.unit_ids) };
      if (!wants(filter, change.alert)) continue;
      const deliveryId = randomUUID();
      const body: DeliveryBody = { deliveryId, kind: change.kind, changePosition: change.position, alert: alertAsReadBy(s.role, change.alert) };
      await sql.query(
        `INSERT INTO child_welfare.webhook_deliveries (delivery_id, subscription_id, change_position, alert_id, kind, body, status, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7) ON CONFLICT (subscription_id, change_position) DO NOTHING`,
        [deliveryId, s.subscription_id, change.position, change.alert.alertId, change.kind, JSON.stringify(body), now],
      );
    }
  }

  /** One pass: claims the due deliveries and sends them; true when there may be more due. Exposed for tests. */
  async sendDue(): Promise<boolean> {
    const now = this.clock.now();
    const claimed = await this.db.query<ClaimedDelivery>(
      `UPDATE child_welfare.webhook_deliveries d
          SET attempts = d.attempts + 1, first_tried_at = coalesce(d.first_tried_at, $1), next_attempt_at = $2
         FROM child_welfare.webhook_subscriptions s
        WHERE s.subscription_id = d.subscription_id
          AND d.delivery_id IN (SELECT delivery_id FROM child_welfare.webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= $1
                                 ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING d.delivery_id, d.kind, d.body, d.attempts, d.first_tried_at, s.url, s.secret, s.previous_secret, s.previous_secret_until`,
      [now, new Date(now.getTime() + CLAIM_MS), BATCH],
    );
    await Promise.all(claimed.map((d) => this.send(d)));
    return claimed.length === BATCH;
  }

  private async send(d: ClaimedDelivery): Promise<void> {
    const sentAt = this.clock.now();
    const secrets = [
      d.secret,
      ...(d.previous_secret !== null && d.previous_secret_until !== null && new Date(d.previous_secret_until) > sentAt ? [d.previous_secret] : []),
    ];
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const answer = await fetch(d.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Safeguard-Webhooks/1',
          'safeguard-delivery-id': d.delivery_id,
          'safeguard-event': d.kind,
          'safeguard-signature': signatureHeader(secrets, sentAt, d.body),
        },
        body: d.body,
      });
      statusCode = answer.status;
      await answer.body?.cancel();
    } catch (e) {
      error = describe(e);
    }
    const durationMs = Math.round(performance.now() - started);
    await this.record(d, sentAt, statusCode, error, durationMs);
  }

  private async record(d: ClaimedDelivery, at: Date, statusCode: number | null, error: string | null, durationMs: number): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (sql) => {
      await sql.query(
        `INSERT INTO child_welfare.webhook_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [d.delivery_id, d.attempts, at, statusCode, error, durationMs],
      );
      if (statusCode !== null && delivered(statusCode)) {
        await sql.query(
          `UPDATE child_welfare.webhook_deliveries SET status = 'delivered', delivered_at = $2 WHERE delivery_id = $1 AND status = 'pending'`,
          [d.delivery_id, now],
        );
        return;
      }
      const next = afterFailure(d.attempts, new Date(d.first_tried_at), now, (this.options.random ?? Math.random)());
      if ('park' in next)
        await sql.query(`UPDATE child_welfare.webhook_deliveries SET status = 'parked' WHERE delivery_id = $1 AND status = 'pending'`, [
          d.delivery_id,
        ]);
      else
        await sql.query(`UPDATE child_welfare.webhook_deliveries SET next_attempt_at = $2 WHERE delivery_id = $1 AND status = 'pending'`, [
          d.delivery_id,
          next.retryAt,
        ]);
    });
  }
}

type ClaimedDelivery = {
  readonly delivery_id: string;
  readonly kind: string;
  readonly body: string;
  readonly attempts: number;
  readonly first_tried_at: string;
  readonly url: string;
  readonly secret: string;
  readonly previous_secret: string | null;
  readonly previous_secret_until: string | null;
};

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
