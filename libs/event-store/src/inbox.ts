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
