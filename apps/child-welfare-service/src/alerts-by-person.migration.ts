import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts found by their person: every judgement of a file reads the person's standing alerts
 * (to withdraw those the file no longer holds), as does her parent record. Without this index each
 * of those reads scanned every alert in the country.
 */
export class AlertsByPerson1764230000000 implements MigrationInterface {
  readonly name = 'AlertsByPerson1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX alerts_by_person ON child_welfare.alerts (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX child_welfare.alerts_by_person`);
  }
}
