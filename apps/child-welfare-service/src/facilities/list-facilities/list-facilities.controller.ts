import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { Database } from '@safeguard/event-store';
import { FacilityList } from '../get-facility/facility.view';
import { countAt, LIVING_IN_PRISON } from '../facility-scope';

@ApiTags('facilities')
@Controller('facilities')
export class ListFacilitiesController {
  constructor(@Inject(Database) private readonly db: Database) {}

  @Get()
  @Allow('oversight-monitor', 'integrator')
  @ApiOperation({ summary: 'Every prison holding someone, a child or an open alert, with counts (no names)' })
  @ApiOkResponse({ type: FacilityList })
  async list(): Promise<FacilityList> {
    const rows = await this.db.query<{ facility_id: string; people_held: number; children_living_there: number; open_alerts: number }>(
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
