import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row of indicator facts per person (no names), replaced as a whole from her file on every
 * fact: what GET /indicators aggregates and GET /facilities counts people held by.
 */
export class PersonIndicators1764150000000 implements MigrationInterface {
  readonly name = 'PersonIndicators1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_welfare.person_indicators (
        person_id text PRIMARY KEY,
        province text,
        facility_id text,
        sex text,
        arrest_id uuid,
        arrested_at timestamptz,
        dependants_asked boolean NOT NULL,
        has_dependants boolean NOT NULL,
        hours_to_care_arrangement double precision,
        has_case boolean NOT NULL,
        legal_representation boolean,
        pretrial_detention_orders integer NOT NULL,
        pretrial_orders_with_family_inquiry integer NOT NULL,
        child_visits integer NOT NULL,
        child_visits_charged integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX person_indicators_by_arrest ON child_welfare.person_indicators (arrested_at)`);
    await q.query(`CREATE INDEX person_indicators_by_facility ON child_welfare.person_indicators (facility_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE child_welfare.person_indicators`);
  }
}
