import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { Database } from '@safeguard/event-store';
import { AccessLogged, Clock } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { JOURNEY_READERS } from '../../journeys/journey-readers';
import { readFacility } from './facility-records';
import { FacilityView } from './facility.view';

@ApiTags('facilities')
@Controller('facilities')
export class GetFacilityController {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  @Get(':facilityId')
  @AccessLogged('read', { record: 'facilityId' })
  @Allow(...JOURNEY_READERS)
  @ApiOperation({
    summary: 'A prison as a monitor visits it: children living there, assessments due, parents without contact, releases the family was not told of, open alerts',
    description: 'Names children and parents, so the read is logged.',
  })
  @ApiOkResponse({ type: FacilityView })
  @ApiNotFoundResponse({ description: 'Nobody is held there, no child lives there and no alert is open for it' })
  async get(@Param('facilityId') facilityId: string): Promise<FacilityView> {
    const now = this.clock.now();
    return this.db.transaction(async (sql) => {
      const view = await readFacility(sql, this.units, facilityId, now);
      if (!view) throw new NotFound('FACILITY.NOT_FOUND', `nothing is known of facility ${facilityId}`);
      return view;
    });
  }
}
