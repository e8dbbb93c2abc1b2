import { jsonColumn, type Sql } from '@safeguard/event-store';
import { personFileOf, type Fact, type FiledFact, type PersonFile } from './person-file';

/**
 * Takes the person's file for this transaction: the row lock makes the inbox and the deadline
 * sweeper take turns on one person, while different people go in parallel.
 */
export async function lockPersonFile(sql: Sql, personId: string): Promise<void> {
  await lockPersonFiles(sql, [personId]);
}

/** Takes several people's files at once, in person order, so two takers never wait on each other crosswise. */
export async function lockPersonFiles(sql: Sql, personIds: readonly string[]): Promise<void> {
  await sql.query(
    `INSERT INTO child_welfare.person_files (person_id) SELECT p FROM unnest($1::text[]) AS p ORDER BY p
     ON CONFLICT (person_id) DO UPDATE SET updated_at = now()`,
    [[...new Set(personIds)]],
  );
}

/**
 * Keeps a batch of facts at once, each once (a rebuild's load): the people's file rows, then the
 * facts. Rows go in key order, so two batches committing side by side wait on a shared person or
 * a redelivered event in the same order and never deadlock. Returns how many facts were new.
 */
export async function keepFacts(sql: Sql, filed: readonly FiledFact[]): Promise<number> {
  if (filed.length === 0) return 0;
  const people = [...new Set(filed.map((f) => f.personId))].sort();
  await sql.query(
    `INSERT INTO child_welfare.person_files (person_id) SELECT p FROM unnest($1::text[]) AS p ORDER BY p ON CONFLICT (person_id) DO NOTHING`,
    [people],
  );
  return (await keepNewFacts(sql, filed)).length;
}

/**
 * Keeps the facts of people whose files the caller has locked (`lockPersonFiles`, which also
 * creates their rows) and returns those that were new, first seen winning for a repeated event
 * id: the live consumer judges only the people these belong to. The facts table's primary key is
 * the dedupe, in the caller's transaction, so a redelivered event keeps nothing and judges no one.
 */
export async function keepNewFacts<F extends FiledFact>(sql: Sql, filed: readonly F[]): Promise<F[]> {
  if (filed.length === 0) return [];
  const kept = await sql.query<{ event_id: string }>(
    `INSERT INTO child_welfare.facts (event_id, person_id, type, agency, unit_id, occurred_at, received_at, data)
     SELECT event_id, person_id, type, agency, unit_id, occurred_at, received_at, data
       FROM jsonb_to_recordset($1::jsonb) AS f(event_id uuid, person_id text, type text, agency text, unit_id text,
            occurred_at timestamptz, received_at timestamptz, data jsonb)
      ORDER BY event_id
     ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
    [JSON.stringify(factRowsOnce(filed))],
  );
  // PostgreSQL returns a uuid in lower case, whatever case the event carried.
  const fresh = new Set(kept.map((r) => r.event_id.toLowerCase()));
  return filed.filter((f) => fresh.delete(f.fact.eventId.toLowerCase()));
}

/**
 * The facts table's rows for a batch, once per event id, the first seen winning
 * (left to the INSERT, which of two rows with one key is kept would be the plan's choice).
 */
export function factRowsOnce(filed: readonly FiledFact[]) {
  const once = new Map<string, FiledFact>();
  for (const f of filed) if (!once.has(f.fact.eventId)) once.set(f.fact.eventId, f);
  return [...once.values()].map(({ personId, fact }) => ({
    event_id: fact.eventId,
    person_id: personId,
    type: fact.type,
    agency: fact.agency,
    unit_id: fact.unitId,
    occurred_at: fact.occurredAt,
    received_at: fact.receivedAt,
    data: fact.data,
  }));
}

export async function loadPersonFile(sql: Sql, personId: string): Promise<PersonFile> {
  const [file] = await loadPersonFiles(sql, [personId]);
  return file;
}

/** Several people's files in one query, in the order asked; a person with no facts has an empty file. */
export async function loadPersonFiles(sql: Sql, personIds: readonly string[]): Promise<PersonFile[]> {
  const rows = await sql.query<{
    person_id: string;
    event_id: string;
    type: string;
    agency: string;
    unit_id: string | null;
    occurred_at: Date | string;
    received_at: Date | string;
    data: unknown;
  }>(`SELECT person_id, event_id, type, agency, unit_id, occurred_at, received_at, data FROM child_welfare.facts WHERE person_id = ANY($1::text[])`, [
    personIds,
  ]);
  const facts = new Map<string, Fact[]>(personIds.map((id) => [id, []]));
  for (const r of rows) {
    facts.get(r.person_id)?.push({
      eventId: r.event_id,
      type: r.type,
      agency: r.agency,
      unitId: r.unit_id,
      // The event's own time string, not the column's: the column only serves ordering in SQL.
      occurredAt: new Date(r.occurred_at).toISOString(),
      receivedAt: new Date(r.received_at).toISOString(),
      data: jsonColumn(r.data),
    } as Fact);
  }
  return personIds.map((id) => personFileOf(id, facts.get(id) ?? []));
}
