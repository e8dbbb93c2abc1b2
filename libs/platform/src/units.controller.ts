import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { Roles, type Role } from '@safeguard/contracts';
import { ListUnitsQuery, UnitDto, UnitList } from './units.dto';
import { GetUnit, ListUnits } from './units.handlers';

/** Every credential may read the registry: agency software needs the ids it posts, monitors the numbers they call. */
const EVERY_ROLE: Role[] = [...Roles];

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @Allow(...EVERY_ROLE)
  @ApiOperation({
    summary: 'The police units, courts, prisons and follow-up bodies this deployment knows',
    description: 'Read-only; the registry is loaded from a file at start-up.',
  })
  @ApiOkResponse({ type: UnitList })
  list(@Query() query: ListUnitsQuery): Promise<UnitList> {
    return this.bus.execute(new ListUnits(query));
  }

  @Get(':unitId')
  @Allow(...EVERY_ROLE)
  @ApiOperation({ summary: 'One unit, by the id credentials and agency records name' })
  @ApiOkResponse({ type: UnitDto })
  get(@Param('unitId') unitId: string): Promise<UnitDto> {
    return this.bus.execute(new GetUnit(unitId));
  }
}
