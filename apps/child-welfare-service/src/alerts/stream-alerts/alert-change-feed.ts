import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import type { EventStore } from '@safeguard/event-store';
import { WakeableLoop } from '@safeguard/messaging';
import type { UnitLookup } from '@safeguard/units';
import { latestAlertChangePosition, readAlertChanges, type AlertChange, type AlertChangePage } from '../alert-changes';

const PAGE = 500;

/** A position not yet visible, and the first transaction id that was unassigned when it was seen missing. */
interface Gap {
  readonly position: number;
  readonly seenBefore: bigint;
}

/**
 * One poller per process for every live alert stream: follows the alert change log every
 * `pollMs` (and at once when the service's event log is notified, as every alert change appends
 * an event) and fans each change out to the connected dashboards.
 *
 * Positions are taken from a sequence before their transactions commit, so they can become
 * visible out of order. The feed never passes a missing position while a transaction that could
 * still commit it is running; once all of those have ended, the position is a rolled-back gap.
 * (Every alert change follows the append of its event, so its transaction has an id before it
 * takes a position.)
 */
export class AlertChangeFeed implements OnModuleDestroy {
  private readonly logger = new Logger(AlertChangeFeed.name);
  private readonly changes = new Subject<AlertChange>();
  private readonly loop: WakeableLoop;
  private head = 0;
  private gap: Gap | undefined;
  private started: Promise<void> | undefined;
  private stopListening: (() => Promise<void>) | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly units: UnitLookup,
    pollMs = 500,
  ) {
    this.loop = new WakeableLoop(
      () => this.poll(),
      pollMs,
      (e) => this.logger.warn(`alert change poll failed, will retry: ${String(e)}`),
    );
  }

  /**
   * Every change after `after` (a client's Last-Event-ID) still in the log, then each new change
   * as it commits; without `after`, only the changes from now on.
   */
  follow(after?: number): Observable<AlertChange> {
    return new Observable<AlertChange>((subscriber) => {
      let closed = false;
      let replaying = true;
      const held: AlertChange[] = [];
      // Subscribed before the replay is read, so nothing committed meanwhile falls between the two.
      const live = this.changes.subscribe({
        next: (change) => (replaying ? held.push(change) : subscriber.next(change)),
        complete: () => subscriber.complete(),
      });
      const replay = async () => {
        await this.start();
        const upTo = this.head;
        let cursor = Math.min(after ?? upTo, upTo);
        while (!closed && cursor < upTo) {
          const { changes } = await readAlertChanges(this.store.db, this.units, cursor, PAGE, upTo);
          if (changes.length === 0) break;
          for (const change of changes) subscriber.next(change);
          cursor = changes[changes.length - 1].position;
        }
        for (const change of held.splice(0)) if (change.position > upTo) subscriber.next(change);
        replaying = false;
      };
      replay().catch((error: unknown) => subscriber.error(error));
      return () => {
        closed = true;
        live.unsubscribe();
      };
    });
  }

  /**
   * How many changes a replay after `after` would send, counted no further than `atMost`: a
   * client far behind costs an index range scan of `atMost` rows to be told so, not its history.
   */
  async changesAfter(after: number, atMost: number): Promise<number> {
    const [row] = await this.store.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM child_welfare.alert_changes WHERE position > $1 ORDER BY position LIMIT $2) behind`,
      [after, atMost],
    );
    return row.n;
  }

  async onModuleDestroy(): Promise<void> {
    this.changes.complete();
    await this.stopListening?.();
    await this.loop.stop();
  }

  /** Started by its first follower: a dashboard's stream, or the webhook and email dispatchers, which follow it in every live service. */
  private start(): Promise<void> {
    this.started ??= this.begin().catch((error: unknown) => {
      this.started = undefined;
      throw error;
    });
    return this.started;
  }

  private async begin(): Promise<void> {
    this.head = await latestAlertChangePosition(this.store.db);
    this.stopListening = await this.store.db.listen(this.store.notifyChannel, () => this.loop.wake());
    this.loop.start();
  }

  /** Publishes the changes now visible in position order; true when there may be more. Exposed for tests. */
  async poll(): Promise<boolean> {
    const page = await readAlertChanges(this.store.db, this.units, this.head, PAGE);
    for (const change of page.changes) {
      if (change.position !== this.head + 1 && !this.gapClosed(this.head + 1, page)) return false;
      this.gap = undefined;
      this.head = change.position;
      this.changes.next(change);
    }
    return page.changes.length === PAGE;
  }

  /** Whether `position`, missing from the page, can no longer appear: every transaction that could hold it has ended. */
  private gapClosed(position: number, page: AlertChangePage): boolean {
    if (this.gap?.position !== position) {
      this.gap = { position, seenBefore: page.nextTransaction };
      return false;
    }
    return page.oldestRunning >= this.gap.seenBefore;
  }
}
