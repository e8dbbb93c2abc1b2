import type { MigrationInterface, QueryRunner } from 'typeorm';
import { upcast, Upcasters } from '@safeguard/contracts';
import { jsonColumn, type Row, type Sql } from '@safeguard/event-store';

/**
 * The facts table keeps each agency event's data as it arrived, without its schema version.
 * Before the contracts of issue 13 every fact arrived at v1; since then the inbox only receives
 * current versions (the event store and the Kafka decoder upcast what they read). This brings
 * the facts kept before to the current version once, with the same upcasters, so the journeys
 * and the rules read one shape whether a fact came before or after the change. Stop the old
 * service before starting this one: a fact an old instance keeps afterwards would stay at v1.
 */
export class FactsAtCurrentSchema1764180000000 implements MigrationInterface {
  readonly name = 'FactsAtCurrentSchema1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await upcastKeptFacts({
      query: async <R extends Row = Row>(text: string, params: readonly unknown[] = []) => (await q.query(text, [...params])) as R[],
    });
  }

  down(): Promise<void> {
    // There are no downcasters: a v2 fact may hold what v1 cannot say (two children at one visit).
    return Promise.reject(
      new Error('facts brought to the current schema cannot be taken back to v1: rebuild the projection from the agencies instead'),
    );
  }
}

/**
 * Rewrites every kept fact of a type whose schema has moved past v1 at the current version;
 * returns how many. Every such row was kept at v1, by a service that knew no other version.
 */
export async function upcastKeptFacts(sql: Sql): Promise<number> {
  const types = Object.keys(Upcasters);
  const rows = await sql.query<{ event_id: string; type: string; data: unknown }>(
    `SELECT event_id, type, data FROM child_welfare.facts WHERE type IN (${types.map((_, i) => `$${i + 1}`).join(', ')})`,
    types,
  );
  for (const row of rows) {
    await sql.query(`UPDATE child_welfare.facts SET data = $2 WHERE event_id = $1`, [
      row.event_id,
      JSON.stringify(upcast(row.type, 1, jsonColumn(row.data)).data),
    ]);
  }
  return rows.length;
}
