import type { LocationType } from '../journeys/family-journey';

/** A child living in prison with the parent, in the journeys' vocabulary. */
export const LIVING_IN_PRISON: LocationType = 'in-prison-with-parent';

/**
 * What "at this prison" means in each table, counted for a facility given as a SQL expression
 * (a bound parameter or a column): a person held there now (her indicator row), a child living
 * there with the parent, an alert the prison is responsible for and nobody has resolved yet.
 */
export const countAt = {
  peopleHeld: (facility: string) => `(SELECT count(*)::int FROM child_welfare.person_indicators p WHERE p.facility_id = ${facility})`,
  childrenLivingThere: (facility: string) =>
    `(SELECT count(*)::int FROM child_welfare.children c WHERE c.facility_id = ${facility} AND c.location_type = '${LIVING_IN_PRISON}')`,
  openAlerts: (facility: string) =>
    `(SELECT count(*)::int FROM child_welfare.alerts a WHERE a.responsible_agency = 'prison' AND a.responsible_unit_id = ${facility} AND a.status IN ('open', 'acknowledged'))`,
} as const;
