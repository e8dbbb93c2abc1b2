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

/** The court a case belongs to (the unit of the credential that opened it), for scoping reads and writes to it. */
export class CaseCourtUnit1796300000000 implements MigrationInterface {
  readonly name = 'CaseCourtUnit1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE court.case_list ADD COLUMN court_unit_id text`);
    await q.query(`
      UPDATE court.case_list c SET court_unit_id = e.actor->>'unitId'
        FROM court.events e
       WHERE e.stream_id = 'case-' || c.case_id::text AND e.stream_position = 1`);
    await q.query(`CREATE INDEX case_list_by_court ON court.case_list (court_unit_id, opened_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE court.case_list DROP COLUMN court_unit_id`);
  }
}
