import { Controller, Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { FacilityList } from '../get-facility/facility.view';
import { ListFacilitiesQuery } from './list-facilities.handler';

@ApiTags('facilities')
@Controller('facilities')
export class ListFacilitiesController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @Allow('oversight-monitor', 'integrator')
  @ApiOperation({ summary: 'Every prison holding someone, a child or an open alert, with counts (no names)' })
  @ApiOkResponse({ type: FacilityList })
  list(): Promise<FacilityList> {
    return this.bus.execute(new ListFacilitiesQuery());
  }
}
