import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '@safeguard/event-store';
import { WakeableLoop } from '@safeguard/messaging';
import type { Clock } from '@safeguard/platform';
import type { AlertBook } from '../alerts/alert-book';
import { loadPersonFile, lockPersonFile } from '../person-file/person-file-store';
import { allSafeguards } from '../safeguards/all-safeguards';
import type { SafeguardPolicy } from '../safeguards/policy';

/**
 * Raises deadline alerts once their deadline has passed by the injected clock. Deadlines live in
 * the database, so a restart or a rebuild misses none; each fires once (`status = 'fired'`).
 */
export class DeadlineSweeper {
  private readonly logger = new Logger(DeadlineSweeper.name);
  private readonly loop: WakeableLoop;
  private readonly safeguards;
  private paused = 0;
  private inFlight: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly store: EventStore,
    private readonly alerts: AlertBook,
    private readonly policy: SafeguardPolicy,
    private readonly clock: Clock,
    intervalMs = 1_000,
  ) {
    this.safeguards = allSafeguards(policy);
    this.loop = new WakeableLoop(async () => (await this.sweepDue()) > 0, intervalMs, (e) => this.logger.warn(`deadline sweep failed: ${String(e)}`));
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /**
   * Holds every deadline while `work` runs (a rebuild), so none is judged on a file that is only
   * half replayed; deadlines that pass meanwhile fire when it ends.
   */
  async pausedWhile<T>(work: () => Promise<T>): Promise<T> {
    this.paused++;
    try {
      await this.inFlight.catch(() => 0);
      return await work();
    } finally {
      this.paused--;
    }
  }

  /** Fires the deadlines due now; returns how many it fired. */
  sweepDue(batchSize = 100): Promise<number> {
    if (this.paused > 0) return Promise.resolve(0);
    this.inFlight = this.fireDue(batchSize);
    return this.inFlight;
  }

  private fireDue(batchSize: number): Promise<number> {
    const now = this.clock.now();
    return this.store.db.transaction(async (sql) => {
      const due = await sql.query<{ rule_id: string; subject_key: string; person_id: string | null }>(
        `SELECT rule_id, subject_key, person_id FROM child_welfare.deadlines WHERE status = 'pending' AND due_at <= $1
         ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now.toISOString(), batchSize],
      );
      for (const deadline of due) {
        if (deadline.person_id) {
          await lockPersonFile(sql, deadline.person_id);
          const file = await loadPersonFile(sql, deadline.person_id);
          await this.alerts.apply(sql, this.safeguards.onDeadline(deadline.rule_id, deadline.subject_key, file, now), {
            now,
            personId: deadline.person_id,
            policyId: this.policy.policyId,
            correlationId: randomUUID(),
            causationId: file.facts[0]?.eventId ?? null,
          });
        } else {
          this.logger.warn(`deadline ${deadline.rule_id}/${deadline.subject_key} names no person; run projection:rebuild after upgrading`);
        }
        await sql.query(`UPDATE child_welfare.deadlines SET status = 'fired' WHERE rule_id = $1 AND subject_key = $2`, [deadline.rule_id, deadline.subject_key]);
      }
      return due.length;
    });
  }
}
