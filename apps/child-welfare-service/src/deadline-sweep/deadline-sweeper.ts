import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventStore } from '@safeguard/event-store';
import { WakeableLoop } from '@safeguard/messaging';
import type { Clock } from '@safeguard/platform';
import type { AlertBook } from '../alerts/alert-book';
import { fireOrphanedDeadlines, lockDueDeadlines, markFired, peopleWithDueDeadlines } from '../alerts/deadlines';
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
    this.loop = new WakeableLoop(
      async () => (await this.sweepDue()) > 0,
      intervalMs,
      (e) => this.logger.warn(`deadline sweep failed: ${String(e)}`),
    );
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

  /**
   * One transaction per person, locking as the inbox does: her file first, then her due deadlines
   * in (rule, subject) order. (Locking a batch of deadlines first and then each file, as before,
   * deadlocked with the inbox: it holds the file and re-arms the same deadlines.)
   */
  private async fireDue(batchSize: number): Promise<number> {
    const now = this.clock.now();
    let fired = 0;
    for (const personId of await peopleWithDueDeadlines(this.store.db, now, batchSize)) {
      fired += await this.store.db.transaction(async (sql) => {
        await lockPersonFile(sql, personId);
        const due = await lockDueDeadlines(sql, personId, now);
        if (due.length === 0) return 0;
        const file = await loadPersonFile(sql, personId);
        for (const deadline of due) {
          await this.alerts.apply(sql, this.safeguards.onDeadline(deadline.ruleId, deadline.subjectKey, file, now), {
            now,
            personId,
            policyId: this.policy.policyId,
            correlationId: randomUUID(),
            causationId: deadline.causedBy,
          });
          await markFired(sql, deadline);
        }
        return due.length;
      });
    }
    const orphaned = await fireOrphanedDeadlines(this.store.db, now, batchSize);
    for (const d of orphaned) this.logger.warn(`deadline ${d.ruleId}/${d.subjectKey} names no person; run projection:rebuild after upgrading`);
    return fired + orphaned.length;
  }
}
