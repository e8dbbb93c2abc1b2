import { createAccessLogTable, dropAccessLogTable } from '@safeguard/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only access log shared by every service (libs/platform/src/access-log) replaces the
 * one this service kept of successful reads only. Its entries are carried over, never dropped:
 * each was a read answered 200 by the route its resource names. They knew no address, no
 * correlation id and no refusals: the address reads 'unknown', the correlation id is a new one.
 */
export class AccessLog1764220000000 implements MigrationInterface {
  readonly name = 'AccessLog1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE child_welfare.access_log RENAME TO access_log_before_v2`);
    await q.query(`ALTER INDEX child_welfare.access_log_by_resource RENAME TO access_log_before_v2_by_resource`);
    await createAccessLogTable(q, 'child_welfare');
    await q.query(`
      INSERT INTO child_welfare.access_log (accessed_at, credential_id, agency, role, unit_id, user_id, client_address, method, route,
        action, outcome, child_ids, person_ids, record_ids, correlation_id)
      SELECT accessed_at, credential_id, agency, role, unit_id, user_id, 'unknown', 'GET',
        CASE resource WHEN 'child' THEN '/children/:childId' WHEN 'parent' THEN '/parents/:personId'
                      WHEN 'facility' THEN '/facilities/:facilityId' ELSE '/children' END,
        'read', 200,
        CASE WHEN resource = 'child' THEN ARRAY[resource_id] ELSE '{}' END,
        CASE WHEN resource = 'parent' THEN ARRAY[resource_id] ELSE '{}' END,
        CASE WHEN resource = 'facility' THEN ARRAY[resource_id] ELSE '{}' END,
        gen_random_uuid()
      FROM child_welfare.access_log_before_v2 ORDER BY access_id`);
    await q.query(`DROP TABLE child_welfare.access_log_before_v2`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAccessLogTable(q, 'child_welfare');
    await q.query(`
      CREATE TABLE child_welfare.access_log (
        access_id bigserial PRIMARY KEY, accessed_at timestamptz NOT NULL DEFAULT now(), credential_id text NOT NULL, agency text NOT NULL,
        role text NOT NULL, unit_id text NOT NULL, user_id text NOT NULL, resource text NOT NULL, resource_id text NOT NULL)`);
    await q.query(`CREATE INDEX access_log_by_resource ON child_welfare.access_log (resource, resource_id)`);
  }
}
