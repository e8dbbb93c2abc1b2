import { Controller, Get, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { JOURNEY_READERS } from '../../journeys/journey-readers';
import { FacilityView } from './facility.view';
import { GetFacilityQuery } from './get-facility.handler';

@ApiTags('facilities')
@Controller('facilities')
export class GetFacilityController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get(':facilityId')
  @AccessLogged('read', { record: 'facilityId' })
  @Allow(...JOURNEY_READERS)
  @ApiOperation({
    summary:
      'A prison as a monitor visits it: children living there, assessments due, parents without contact, releases the family was not told of, open alerts',
    description: 'Names children and parents, so the read is logged.',
  })
  @ApiOkResponse({ type: FacilityView })
  @ApiNotFoundResponse({ description: 'Nobody is held there, no child lives there and no alert is open for it' })
  get(@Param('facilityId') facilityId: string): Promise<FacilityView> {
    return this.bus.execute(new GetFacilityQuery(facilityId));
  }
}
