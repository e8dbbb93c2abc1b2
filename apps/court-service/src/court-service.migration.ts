import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The case list read model (see cases/list-cases/case-list.projection.ts). */
export class CaseList1764115500000 implements MigrationInterface {
  readonly name = 'CaseList1764115500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE court.case_list (
        case_id uuid PRIMARY KEY,
        case_reference text NOT NULL,
        person_id text NOT NULL,
        arrest_ids jsonb NOT NULL,
        opened_at timestamptz NOT NULL,
        stage text NOT NULL,
        pretrial_outcome text,
        represented boolean,
        next_hearing_at timestamptz,
        version integer NOT NULL
      )`);
    await q.query(`CREATE INDEX case_list_by_opened ON court.case_list (opened_at DESC)`);
    await q.query(`CREATE INDEX case_list_by_person ON court.case_list (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE court.case_list`);
  }
}
