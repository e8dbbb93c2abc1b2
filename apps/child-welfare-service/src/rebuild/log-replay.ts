import { START_OF_LOG, type EventStore, type LoggedEvent } from '@safeguard/event-store';

/** Rows read from an agency's log per query: a rebuild reads the log whole, so large pages. */
export const LOG_PAGE_ROWS = 2_000;

/**
 * The embedded mode: reads each agency's log from its first transaction to its end, in commit
 * order, page by page, with no checkpoint (the live subscriptions keep theirs, untouched).
 * `onPage` is awaited before the next page is read.
 */
export async function replayLogs(logs: readonly EventStore[], onPage: (events: LoggedEvent[]) => Promise<void>): Promise<void> {
  for (const log of logs) {
    let after = START_OF_LOG;
    for (;;) {
      const page = await log.readLog(after, LOG_PAGE_ROWS);
      if (page.length === 0) break;
      await onPage(page);
      after = page[page.length - 1].position;
      if (page.length < LOG_PAGE_ROWS) break;
    }
  }
}
