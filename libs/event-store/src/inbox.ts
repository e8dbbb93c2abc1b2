import type { Sql } from './database';

/**
 * Marks `eventId` as applied by `consumer`, inside the caller's transaction. Returns false when
 * it was applied before: the caller then changes nothing. Because the mark commits with the
 * state change, a redelivery after a crash or a rebalance has no second effect.
 */
export async function applyOnce(sql: Sql, schema: string, consumer: string, eventId: string): Promise<boolean> {
  const rows = await sql.query(
    `INSERT INTO "${schema}".processed_events (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, eventId],
  );
  return rows.length === 1;
}

/**
 * Marks many events as applied by `consumer` at once, inside the caller's transaction: a bulk
 * load that applies them itself (a projection rebuild), so the live consumer afterwards skips
 * them as it would after applying them one by one. In key order, so concurrent batches sharing an
 * event never wait on each other in opposite orders. Returns how many were not marked before.
 */
export async function markApplied(sql: Sql, schema: string, consumer: string, eventIds: readonly string[]): Promise<number> {
  if (eventIds.length === 0) return 0;
  const rows = await sql.query(
    `INSERT INTO "${schema}".processed_events (consumer, event_id)
     SELECT $1, e FROM unnest($2::uuid[]) AS e GROUP BY e ORDER BY e ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, [...eventIds].sort()],
  );
  return rows.length;
}
