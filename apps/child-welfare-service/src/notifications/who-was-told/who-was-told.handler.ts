import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Database } from '@safeguard/event-store';
import type { NotificationsView } from './who-was-told.views';

export class WhoWasToldQuery extends Query<NotificationsView> {
  constructor(readonly alertId: string) {
    super();
  }
}

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

/** Every webhook delivery and email about one alert, oldest first: who was told, how, when, and whether it arrived. */
@QueryHandler(WhoWasToldQuery)
export class WhoWasToldHandler implements IQueryHandler<WhoWasToldQuery> {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute({ alertId }: WhoWasToldQuery): Promise<NotificationsView> {
    const webhooks = await this.db.query<Record<string, unknown>>(
      `SELECT d.delivery_id, d.kind, d.status, d.attempts, d.created_at, d.delivered_at, s.agency, s.role, s.unit_id, s.url,
              (SELECT a.status_code FROM child_welfare.webhook_attempts a WHERE a.delivery_id = d.delivery_id ORDER BY a.attempt DESC LIMIT 1) AS last_status
         FROM child_welfare.webhook_deliveries d JOIN child_welfare.webhook_subscriptions s USING (subscription_id)
        WHERE d.alert_id = $1 ORDER BY d.change_position, d.created_at`,
      [alertId],
    );
    const emails = await this.db.query<Record<string, unknown>>(
      `SELECT kind, recipient, status, attempts, created_at, sent_at, last_error FROM child_welfare.email_outbox
        WHERE kind = 'critical-alert' AND dedupe_key LIKE $1 ORDER BY created_at, recipient`,
      [`critical:${alertId}:%`],
    );
    return {
      alertId,
      webhooks: webhooks.map((w) => ({
        deliveryId: String(w.delivery_id),
        change: String(w.kind),
        subscriber: { agency: String(w.agency), role: String(w.role), unitId: String(w.unit_id) },
        // The receiver's host only: a URL's path can carry a token of the receiver's own.
        receiverHost: new URL(String(w.url)).host,
        status: String(w.status),
        attempts: Number(w.attempts),
        lastStatusCode: w.last_status === null ? null : Number(w.last_status),
        writtenAt: iso(w.created_at) ?? '',
        deliveredAt: iso(w.delivered_at),
      })),
      emails: emails.map((e) => ({
        recipient: String(e.recipient),
        status: String(e.status),
        attempts: Number(e.attempts),
        writtenAt: iso(e.created_at) ?? '',
        sentAt: iso(e.sent_at),
        lastError: typeof e.last_error === 'string' ? e.last_error : null,
      })),
    };
  }
}
