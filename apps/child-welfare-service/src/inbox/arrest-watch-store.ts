import type { Sql } from '@safeguard/event-store';
import { emptyArrestWatch, type ArrestWatch } from '../safeguards/arrest-watch';

/** Loads a watch and locks its row for the transaction, so the inbox and the sweeper take turns. */
export async function loadArrestWatch(sql: Sql, arrestId: string): Promise<ArrestWatch> {
  const [row] = await sql.query<{ watch: ArrestWatch | string }>(`SELECT watch FROM child_welfare.arrest_watches WHERE arrest_id = $1 FOR UPDATE`, [arrestId]);
  if (!row) return emptyArrestWatch(arrestId);
  const stored = typeof row.watch === 'string' ? (JSON.parse(row.watch) as ArrestWatch) : row.watch;
  // Watches stored before care arrangements, custody and family contact were followed lack those fields.
  return { ...stored, careArrangements: stored.careArrangements ?? [], custody: stored.custody ?? null, familyContacts: stored.familyContacts ?? [] };
}

export async function saveArrestWatch(sql: Sql, watch: ArrestWatch): Promise<void> {
  await sql.query(
    `INSERT INTO child_welfare.arrest_watches (arrest_id, watch, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (arrest_id) DO UPDATE SET watch = EXCLUDED.watch, updated_at = now()`,
    [watch.arrestId, JSON.stringify(watch)],
  );
}
