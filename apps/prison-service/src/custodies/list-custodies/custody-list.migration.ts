import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The custody list read model (see custody-list.projection.ts). */
export class CustodyList1764200000000 implements MigrationInterface {
  readonly name = 'CustodyList1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE prison.custody_list (
        custody_id uuid PRIMARY KEY,
        person_id text NOT NULL,
        facility_id text NOT NULL,
        admitted_at timestamptz NOT NULL,
        legal_status text NOT NULL,
        nationality text NOT NULL,
        status text NOT NULL,
        children_in_prison integer NOT NULL DEFAULT 0,
        version integer NOT NULL
      )`);
    await q.query(`CREATE INDEX custody_list_by_facility ON prison.custody_list (facility_id, admitted_at DESC)`);
    await q.query(`CREATE INDEX custody_list_by_time ON prison.custody_list (admitted_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE prison.custody_list`);
  }
}
