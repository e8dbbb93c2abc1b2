/**
 * Who may read a child's or a parent's record: the people who act on it, never integrators.
 * Every such read is in the access log (`@AccessLogged` on each route, libs/platform/src/access-log).
 */
export const JOURNEY_READERS = ['oversight-monitor', 'child-welfare-officer'] as const;
