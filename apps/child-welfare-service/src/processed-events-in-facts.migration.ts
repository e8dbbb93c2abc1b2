import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox no longer marks each agency event in `processed_events`: the facts table's primary key
 * (the event id), written in the same transaction as the judgement, already refuses an event kept
 * before, so the marks were a second copy of the facts' ids growing by one row per event forever.
 * The marks the inbox wrote are exactly its facts' ids, which `down` writes back.
 */
export class ProcessedEventsInFacts1764240000000 implements MigrationInterface {
  readonly name = 'ProcessedEventsInFacts1764240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM child_welfare.processed_events WHERE consumer = 'child-welfare-service'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO child_welfare.processed_events (consumer, event_id) SELECT 'child-welfare-service', event_id FROM child_welfare.facts ON CONFLICT DO NOTHING`,
    );
  }
}
