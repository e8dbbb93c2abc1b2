import type { Logger } from '@nestjs/common';
import { concatMap, type Subscription } from 'rxjs';
import type { Database, Sql } from '@safeguard/event-store';
import type { AlertChange } from '../alerts/alert-changes';
import type { AlertChangeFeed } from '../alerts/stream-alerts/alert-change-feed';

/** How long to wait before following the change log again after a failure (the database away). */
const RESUME_AFTER_MS = 5_000;

/**
 * Follows the alert change log from a cursor of its own (a one-row table holding a position)
 * and hands each change to `write` inside one transaction that also moves the cursor past it.
 * A crash or an outage replays from the cursor, so `write` must be idempotent (its rows unique
 * per change): then each change is written once, however often it is replayed and by however
 * many instances. Changes come in position order, and none is passed while it could still commit.
 */
export class AlertChangeFollower {
  private following: Subscription | undefined;
  private resume: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly feed: AlertChangeFeed,
    /** Schema-qualified: `child_welfare.webhook_cursor`. */
    private readonly cursorTable: string,
    private readonly write: (sql: Sql, change: AlertChange) => Promise<void>,
    private readonly logger: Logger,
    /** After each change's transaction committed: wake whoever sends what it wrote. */
    private readonly committed: () => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    const [{ position }] = await this.db.query<{ position: string }>(`SELECT position::text AS position FROM ${this.cursorTable}`);
    this.following = this.feed
      .follow(Number(position))
      .pipe(
        concatMap(async (change) => {
          await this.db.transaction(async (sql) => {
            await this.write(sql, change);
            await sql.query(`UPDATE ${this.cursorTable} SET position = greatest(position, $1)`, [change.position]);
          });
          this.committed();
        }),
      )
      .subscribe({
        error: (error: unknown) => {
          this.logger.warn(`following alert changes failed, resuming in ${RESUME_AFTER_MS / 1000} s: ${String(error)}`);
          if (!this.stopped) this.resume = setTimeout(() => void this.start().catch((e: unknown) => this.logger.warn(String(e))), RESUME_AFTER_MS);
        },
      });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.resume);
    this.following?.unsubscribe();
  }
}
