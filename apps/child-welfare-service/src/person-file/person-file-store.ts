import { jsonColumn, type Sql } from '@safeguard/event-store';
import { personFileOf, type Fact, type PersonFile } from './person-file';

/**
 * Takes the person's file for this transaction: the row lock makes the inbox and the deadline
 * sweeper take turns on one person, while different people go in parallel.
 */
export async function lockPersonFile(sql: Sql, personId: string): Promise<void> {
  await sql.query(
    `INSERT INTO child_welfare.person_files (person_id) VALUES ($1)
     ON CONFLICT (person_id) DO UPDATE SET updated_at = now()`,
    [personId],
  );
}

/** Keeps a fact once; returns false when the same event was kept before. */
export async function keepFact(sql: Sql, personId: string, fact: Fact): Promise<boolean> {
  const rows = await sql.query(
    `INSERT INTO child_welfare.facts (event_id, person_id, type, agency, unit_id, occurred_at, received_at, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    [fact.eventId, personId, fact.type, fact.agency, fact.unitId, fact.occurredAt, fact.receivedAt, JSON.stringify(fact.data)],
  );
  return rows.length === 1;
}

export async function loadPersonFile(sql: Sql, personId: string): Promise<PersonFile> {
  const rows = await sql.query<{ event_id: string; type: string; agency: string; unit_id: string | null; occurred_at: Date | string; received_at: Date | string; data: unknown }>(
    `SELECT event_id, type, agency, unit_id, occurred_at, received_at, data FROM child_welfare.facts WHERE person_id = $1`,
    [personId],
  );
  return personFileOf(
    personId,
    rows.map((r) => ({
      eventId: r.event_id,
      type: r.type,
      agency: r.agency,
      unitId: r.unit_id,
      // The event's own time string, not the column's: the column only serves ordering in SQL.
      occurredAt: new Date(r.occurred_at).toISOString(),
      receivedAt: new Date(r.received_at).toISOString(),
      data: jsonColumn(r.data),
    })) as Fact[],
  );
}
