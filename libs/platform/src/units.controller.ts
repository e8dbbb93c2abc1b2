import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { Roles, type Role } from '@safeguard/contracts';
import { NotFound } from '@safeguard/domain';
import { UnitRegistry } from '@safeguard/units';

import { ListUnitsQuery, UnitDto, unitDto, UnitList } from './units.dto';

/** Every credential may read the registry: agency software needs the ids it posts, monitors the numbers they call. */
const EVERY_ROLE: Role[] = [...Roles];

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(@Inject(UnitRegistry) private readonly registry: UnitRegistry) {}

  @Get()
  @Allow(...EVERY_ROLE)
  @ApiOperation({
    summary: 'The police units, courts, prisons and follow-up bodies this deployment knows',
    description: 'Read-only; the registry is loaded from a file at start-up.',
  })
  @ApiOkResponse({ type: UnitList })
  list(@Query() query: ListUnitsQuery): UnitList {
    const items = this.registry.find(query).map(unitDto);
    return { items, total: items.length, sample: this.registry.sample };
  }

  @Get(':unitId')
  @Allow(...EVERY_ROLE)
  @ApiOperation({ summary: 'One unit, by the id credentials and agency records name' })
  @ApiOkResponse({ type: UnitDto })
  get(@Param('unitId') unitId: string): UnitDto {
    const unit = this.registry.unit(unitId);
    if (!unit) throw new NotFound('UNIT.NOT_FOUND', `no unit ${unitId} in the registry`);
    return unitDto(unit);
  }
}
