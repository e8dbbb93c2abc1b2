import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The arrest list read model (see arrests/list-arrests/arrest-list.projection.ts). */
export class ArrestList1764115400000 implements MigrationInterface {
  readonly name = 'ArrestList1764115400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE arrest.arrest_list (
        arrest_id uuid PRIMARY KEY,
        person_id text NOT NULL,
        person_name text NOT NULL,
        unit_id text NOT NULL,
        province text NOT NULL,
        home_province text NOT NULL,
        arrested_at timestamptz NOT NULL,
        status text NOT NULL,
        dependants_asked boolean NOT NULL DEFAULT false,
        version integer NOT NULL
      )`);
    await q.query(`CREATE INDEX arrest_list_by_unit ON arrest.arrest_list (unit_id, arrested_at DESC)`);
    await q.query(`CREATE INDEX arrest_list_by_time ON arrest.arrest_list (arrested_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE arrest.arrest_list`);
  }
}
