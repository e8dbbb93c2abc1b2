import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Database } from '@safeguard/event-store';
import { FacilityList } from '../get-facility/facility.view';
import { countAt, LIVING_IN_PRISON } from '../facility-scope';

export class ListFacilitiesQuery extends Query<FacilityList> {}

@QueryHandler(ListFacilitiesQuery)
export class ListFacilitiesHandler implements IQueryHandler<ListFacilitiesQuery> {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute(): Promise<FacilityList> {
    const rows = await this.db.query<{ facility_id: string; people_held: string; children_living_there: string; open_alerts: string }>(
      // Counts come back as PostgreSQL bigint, which the driver gives as strings.
      `WITH f AS (
         SELECT facility_id FROM child_welfare.person_indicators WHERE facility_id IS NOT NULL
         UNION SELECT facility_id FROM child_welfare.children WHERE location_type = '${LIVING_IN_PRISON}' AND facility_id IS NOT NULL
         UNION SELECT responsible_unit_id FROM child_welfare.alerts WHERE responsible_agency = 'prison' AND status IN ('open', 'acknowledged') AND responsible_unit_id IS NOT NULL
       )
       SELECT f.facility_id, ${countAt.peopleHeld('f.facility_id')} AS people_held,
         ${countAt.childrenLivingThere('f.facility_id')} AS children_living_there, ${countAt.openAlerts('f.facility_id')} AS open_alerts
       FROM f ORDER BY f.facility_id`,
    );
    return {
      items: rows.map((r) => ({
        facilityId: r.facility_id,
        peopleHeld: Number(r.people_held),
        childrenLivingThere: Number(r.children_living_there),
        openAlerts: Number(r.open_alerts),
      })),
    };
  }
}
