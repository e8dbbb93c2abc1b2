import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { Database, Sql } from '@safeguard/event-store';
import { WakeableLoop } from '@safeguard/messaging';
import type { Clock } from '@safeguard/platform';
import type { Unit, UnitRegistry } from '@safeguard/units';
import type { AlertChange } from '../../alerts/alert-changes';
import type { AlertChangeFeed } from '../../alerts/stream-alerts/alert-change-feed';
import { AlertChangeFollower } from '../alert-change-follower';
import { afterFailure } from '../retry-schedule';
import { latestDigestSlot, type DigestSlot } from './digest-time';
import { criticalAlertEmail, digestEmail, languagesOf, type Digest, type Email, type EmailAlert, type Recipient } from './email-texts';
import type { EmailSettings } from './email-settings';

const BATCH = 20;
/** A claimed email is not claimed again (by this or another instance) for this long: longer than a send can take. */
const CLAIM_MS = 120_000;

export interface EmailDispatchOptions {
  readonly settings: EmailSettings;
  /** The jurisdiction's zone: the digest goes out at its hour there, and every time in a mail is its. */
  readonly timeZone: string;
  readonly pollMs?: number;
  readonly random?: () => number;
}

/**
 * The alert emails: at once when an alert is raised critical or escalates to critical (to the
 * responsible unit and the oversight body), and every day at the digest hour (to each unit that
 * had alerts, and always to the oversight body): what was raised, what is still open past its
 * due, what escalated, what was resolved in the 24 hours before.
 *
 * Both are written to `email_outbox` first, once each (a unique key per alert and address, per
 * address and day), then sent from it with retries; an email the SMTP server refused for a day is
 * parked. Several instances share the work as the webhooks do.
 */
export class EmailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EmailDispatcher.name);
  private readonly sender: WakeableLoop;
  private readonly follower: AlertChangeFollower;
  private lastDigestDay: string | undefined;

  constructor(
    private readonly db: Database,
    feed: AlertChangeFeed,
    private readonly clock: Clock,
    private readonly units: UnitRegistry,
    private readonly transport: Transporter,
    private readonly options: EmailDispatchOptions,
  ) {
    this.sender = new WakeableLoop(
      () => this.pass(),
      options.pollMs ?? 1_000,
      (e) => this.logger.warn(`alert email pass failed, will retry: ${String(e)}`),
    );
    this.follower = new AlertChangeFollower(
      db,
      feed,
      'child_welfare.email_cursor',
      (sql, change) => this.writeCritical(sql, change),
      this.logger,
      () => this.sender.wake(),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.follower.start();
    this.sender.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.follower.stop();
    await this.sender.stop();
    this.transport.close();
  }

  wake(): void {
    this.sender.wake();
  }

  /** One pass: the digest if its hour has come, then the emails due. Exposed for tests. */
  async pass(): Promise<boolean> {
    await this.writeDigestsIfDue();
    return this.sendDue();
  }

  private async writeCritical(sql: Sql, change: AlertChange): Promise<void> {
    const critical = change.alert.severity === 'critical' && (change.kind === 'alert-raised' || change.kind === 'alert-escalated');
    if (!critical || (change.kind === 'alert-raised' && !news(change.alert.dueAt, this.clock.now()))) return;
    const responsible = change.alert.responsibleUnitId === null ? undefined : this.units.unit(change.alert.responsibleUnitId);
    for (const recipient of this.recipientsFor(responsible)) {
      await this.enqueue(
        sql,
        `critical:${change.alert.alertId}:${recipient.address}`,
        'critical-alert',
        criticalAlertEmail(change.alert, recipient, this.options),
      );
    }
  }

  /** The unit's address, when the registry has one, and the oversight body's. */
  private recipientsFor(unit: Unit | undefined): Recipient[] {
    const oversight = this.oversightRecipients();
    if (!unit?.email || oversight.some((o) => o.address === unit.email)) return oversight;
    return [{ address: unit.email, name: unit.name, languages: languagesOf(unit.jurisdiction) }, ...oversight];
  }

  private oversightRecipients(): Recipient[] {
    const bodies = this.units.ofKind('oversight-body').filter((u) => u.email !== null);
    const named = bodies.map((u): Recipient => ({ address: u.email ?? '', name: u.name, languages: languagesOf(u.jurisdiction) }));
    const languages = bodies.at(0) ? languagesOf(bodies[0].jurisdiction) : languagesOf('');
    const extra = this.options.settings.oversightAddresses
      .filter((a) => !named.some((n) => n.address === a))
      .map((address): Recipient => ({ address, name: 'Oversight', languages }));
    return [...named, ...extra];
  }

  private async writeDigestsIfDue(): Promise<void> {
    const slot = latestDigestSlot(this.clock.now(), this.options.timeZone, this.options.settings.digestHour);
    if (this.lastDigestDay === slot.day) return;
    await this.db.transaction(async (sql) => {
      const alerts = await digestAlerts(sql, slot);
      const oversight = this.oversightRecipients();
      for (const recipient of oversight)
        await this.enqueue(
          sql,
          `digest:${recipient.address}:${slot.day}`,
          'digest',
          digestEmail(
            digestOf(slot, alerts, () => true),
            recipient,
            this.options,
          ),
        );
      const unitIds = new Set(alerts.map((a) => a.responsibleUnitId).filter((u): u is string => u !== null));
      for (const unitId of unitIds) {
        const unit = this.units.unit(unitId);
        if (!unit?.email || oversight.some((o) => o.address === unit.email)) continue;
        const recipient: Recipient = { address: unit.email, name: unit.name, languages: languagesOf(unit.jurisdiction) };
        await this.enqueue(
          sql,
          `digest:${unit.email}:${slot.day}`,
          'digest',
          digestEmail(
            digestOf(slot, alerts, (a) => a.responsibleUnitId === unitId),
            recipient,
            this.options,
          ),
        );
      }
    });
    this.lastDigestDay = slot.day;
  }

  private async enqueue(sql: Sql, dedupeKey: string, kind: 'critical-alert' | 'digest', email: Email): Promise<void> {
    await sql.query(
      `INSERT INTO child_welfare.email_outbox (email_id, dedupe_key, kind, recipient, subject, body, status, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7) ON CONFLICT (dedupe_key) DO NOTHING`,
      [randomUUID(), dedupeKey, kind, email.to, email.subject, email.text, this.clock.now()],
    );
  }

  private async sendDue(): Promise<boolean> {
    const now = this.clock.now();
    const claimed = await this.db.query<ClaimedEmail>(
      `UPDATE child_welfare.email_outbox SET attempts = attempts + 1, first_tried_at = coalesce(first_tried_at, $1), next_attempt_at = $2
        WHERE email_id IN (SELECT email_id FROM child_welfare.email_outbox WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING email_id, recipient, subject, body, attempts, first_tried_at`,
      [now, new Date(now.getTime() + CLAIM_MS), BATCH],
    );
    for (const email of claimed) await this.send(email);
    return claimed.length === BATCH;
  }

  private async send(email: ClaimedEmail): Promise<void> {
    try {
      // The email id as Message-ID: a retry after a crash between sending and recording is the same message to the reader's mail system.
      await this.transport.sendMail({
        from: this.options.settings.from,
        to: email.recipient,
        subject: email.subject,
        text: email.body,
        messageId: `<${email.email_id}@safeguard>`,
      });
      await this.db.query(
        `UPDATE child_welfare.email_outbox SET status = 'sent', sent_at = $2, last_error = NULL WHERE email_id = $1 AND status = 'pending'`,
        [email.email_id, this.clock.now()],
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const next = afterFailure(email.attempts, new Date(email.first_tried_at), this.clock.now(), (this.options.random ?? Math.random)());
      if ('park' in next) {
        this.logger.error(`alert email to ${email.recipient} parked after a day of failures: ${message}`);
        await this.db.query(`UPDATE child_welfare.email_outbox SET status = 'parked', last_error = $2 WHERE email_id = $1 AND status = 'pending'`, [
          email.email_id,
          message,
        ]);
      } else {
        await this.db.query(
          `UPDATE child_welfare.email_outbox SET next_attempt_at = $2, last_error = $3 WHERE email_id = $1 AND status = 'pending'`,
          [email.email_id, next.retryAt, message],
        );
      }
    }
  }
}

/**
 * An alert raised more than a day after its due is not mailed at once: it is history being
 * replayed (a new replica catching up with the topics), or a fact that came very late; either way
 * the next digest lists it as still open, instead of a flood of "urgent" mail about old news. (An
 * escalation is always mailed: the change carries no time of its own to tell a replayed one by.)
 */
const MAILED_AT_ONCE_WITHIN_MS = 24 * 3_600_000;

function news(dueAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(dueAt) <= MAILED_AT_ONCE_WITHIN_MS;
}

type ClaimedEmail = {
  readonly email_id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly attempts: number;
  readonly first_tried_at: string;
};

/** An alert as a digest sorts it: with when it escalated, if it did in the window. */
interface DigestAlert extends EmailAlert {
  readonly escalatedInWindow: boolean;
}

/** Every alert a digest of this slot may mention: raised, escalated or resolved in its window, or still open from before it. */
async function digestAlerts(sql: Sql, slot: DigestSlot): Promise<DigestAlert[]> {
  const rows = await sql.query<{
    alert_id: string;
    rule_id: string;
    severity: string;
    status: string;
    summary: string;
    legal_basis: string;
    due_at: string;
    raised_at: string;
    resolved_at: string | null;
    responsible_unit_id: string | null;
    escalated: boolean;
  }>(
    `SELECT a.alert_id, a.rule_id, a.severity, a.status, a.summary, a.legal_basis, a.due_at, a.raised_at, a.resolved_at, a.responsible_unit_id,
            EXISTS (SELECT 1 FROM child_welfare.alert_changes c WHERE c.alert_id = a.alert_id AND c.kind = 'alert-escalated' AND c.at >= $1 AND c.at < $2) AS escalated
       FROM child_welfare.alerts a
      WHERE a.raised_at < $2
        AND (a.status IN ('open', 'acknowledged') OR a.resolved_at >= $1)
      ORDER BY a.due_at, a.alert_id`,
    [slot.from, slot.at],
  );
  const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());
  return rows.map((r) => ({
    alertId: r.alert_id,
    ruleId: r.rule_id,
    severity: r.severity,
    status: r.status,
    summary: r.summary,
    legalBasis: r.legal_basis,
    dueAt: iso(r.due_at) ?? '',
    raisedAt: iso(r.raised_at) ?? '',
    resolvedAt: iso(r.resolved_at),
    responsibleUnitId: r.responsible_unit_id,
    escalatedInWindow: r.escalated,
  }));
}

/** The four sections, for the alerts `mine` keeps. Withdrawn alerts (later facts showed no miss) are nobody's news. */
export function digestOf(slot: DigestSlot, alerts: readonly DigestAlert[], mine: (a: DigestAlert) => boolean): Digest {
  const kept = alerts.filter(mine);
  const inWindow = (iso: string | null) => iso !== null && iso >= slot.from.toISOString() && iso < slot.at.toISOString();
  return {
    day: slot.day,
    raised: kept.filter((a) => inWindow(a.raisedAt) && a.status !== 'withdrawn'),
    stillOpen: kept.filter((a) => (a.status === 'open' || a.status === 'acknowledged') && !inWindow(a.raisedAt)),
    escalated: kept.filter((a) => a.escalatedInWindow),
    resolved: kept.filter((a) => a.status === 'resolved' && inWindow(a.resolvedAt)),
  };
}
