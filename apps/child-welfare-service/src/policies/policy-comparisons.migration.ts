import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each what-if replay found (`npm run policy:what-if`): the policy tried, the live one it
 * was compared with, when, over which history, and the comparison, so the dashboard shows the
 * last run's answer rather than replaying the whole history on a monitor's click.
 */
export class PolicyComparisons1764250000000 implements MigrationInterface {
  readonly name = 'PolicyComparisons1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE child_welfare.policy_comparisons (
        comparison_id bigserial PRIMARY KEY,
        policy_id text NOT NULL,
        live_policy_id text NOT NULL,
        computed_at timestamptz NOT NULL,
        history jsonb NOT NULL,
        comparison jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX policy_comparisons_latest ON child_welfare.policy_comparisons (policy_id, computed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE child_welfare.policy_comparisons`);
  }
}
