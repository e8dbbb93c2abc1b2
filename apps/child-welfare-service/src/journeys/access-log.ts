import type { Principal } from '@safeguard/auth';
import type { Sql } from '@safeguard/event-store';

/** Who may read a child's or a parent's record: the people who act on it, never integrators. */
export const JOURNEY_READERS = ['oversight-monitor', 'child-welfare-officer'] as const;

/**
 * Every read of a child's or a parent's record is written down with who read it, before the
 * record is returned: a child's file is sensitive, and an auditor must be able to ask who saw it.
 */
export async function logAccess(sql: Sql, principal: Principal, resource: 'child' | 'parent' | 'child-list' | 'facility', resourceId: string): Promise<void> {
  await sql.query(
    `INSERT INTO child_welfare.access_log (credential_id, agency, role, unit_id, user_id, resource, resource_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [principal.credentialId, principal.agency, principal.role, principal.unitId, principal.userId, resource, resourceId],
  );
}
