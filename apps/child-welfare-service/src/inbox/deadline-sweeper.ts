import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '@safeguard/event-store';
import { WakeableLoop } from '@safeguard/messaging';
import type { Clock } from '@safeguard/platform';
import type { AlertBook } from '../alerts/alert-book';
import { arrestSafeguards } from '../safeguards/arrest-safeguards';
import type { SafeguardPolicy } from '../safeguards/policy';
import { loadArrestWatch } from './arrest-watch-store';

/**
 * Raises deadline alerts once their deadline has passed by the injected clock. Deadlines live in
 * the database, so a restart or a rebuild misses none; each fires once (`status = 'fired'`).
 */
export class DeadlineSweeper {
  private readonly logger = new Logger(DeadlineSweeper.name);
  private readonly loop: WakeableLoop;
  private readonly arrestSafeguards;

  constructor(
    private readonly store: EventStore,
    private readonly alerts: AlertBook,
    private readonly policy: SafeguardPolicy,
    private readonly clock: Clock,
    intervalMs = 1_000,
  ) {
    this.arrestSafeguards = arrestSafeguards(policy);
    this.loop = new WakeableLoop(async () => (await this.sweepDue()) > 0, intervalMs, (e) => this.logger.warn(`deadline sweep failed: ${String(e)}`));
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Fires the deadlines due now; returns how many it fired. */
  async sweepDue(batchSize = 100): Promise<number> {
    const now = this.clock.now();
    return this.store.db.transaction(async (sql) => {
      const due = await sql.query<{ rule_id: string; subject_key: string }>(
        `SELECT rule_id, subject_key FROM child_welfare.deadlines WHERE status = 'pending' AND due_at <= $1
         ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), batchSize],
      );
      for (const deadline of due) {
        const watch = await loadArrestWatch(sql, deadline.subject_key);
        await this.alerts.apply(sql, this.arrestSafeguards.onDeadline(deadline.rule_id, watch, now), {
          now,
          policyId: this.policy.policyId,
          correlationId: randomUUID(),
          causationId: watch.arrest?.eventId ?? null,
        });
        await sql.query(`UPDATE child_welfare.deadlines SET status = 'fired' WHERE rule_id = $1 AND subject_key = $2`, [deadline.rule_id, deadline.subject_key]);
      }
      return due.length;
    });
  }
}
