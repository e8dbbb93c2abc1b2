import { EventStore, type Database } from '@safeguard/event-store';
import { DatabaseLogSubscription, type BatchEventHandler, type EventHandler } from '@safeguard/messaging';

/** The agency services' schemas, which the embedded mode reads in place of their topics. */
const AGENCY_LOGS = [
  { schema: 'arrest', source: '/safeguard/arrest-service' },
  { schema: 'court', source: '/safeguard/court-service' },
  { schema: 'prison', source: '/safeguard/prison-service' },
];

/** Each agency's event log in the shared database, read-only (no outbox). */
export function agencyLogs(db: Database): EventStore[] {
  return AGENCY_LOGS.map(({ schema, source }) => new EventStore(db, { schema, source, outbox: false }));
}

/** One subscription per agency log, each with its own checkpoint under `consumer`, applying what it reads in batches. */
export function agencyLogSubscriptions(
  db: Database,
  inbox: { handle: EventHandler; handleBatch: BatchEventHandler },
  consumer: string,
): DatabaseLogSubscription[] {
  return agencyLogs(db).map(
    (log) => new DatabaseLogSubscription(log, db, 'child_welfare', inbox.handle, { consumer, batchHandler: inbox.handleBatch }),
  );
}
