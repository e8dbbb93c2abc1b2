import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@safeguard/domain';
import { UnitRegistry, type UnitFilter } from '@safeguard/units';
import { unitDto, type UnitDto, type UnitList } from './units.dto';

export class ListUnits extends Query<UnitList> {
  constructor(readonly filter: UnitFilter) {
    super();
  }
}

export class GetUnit extends Query<UnitDto> {
  constructor(readonly unitId: string) {
    super();
  }
}

@QueryHandler(ListUnits)
export class ListUnitsHandler implements IQueryHandler<ListUnits> {
  constructor(@Inject(UnitRegistry) private readonly registry: UnitRegistry) {}

  execute({ filter }: ListUnits): Promise<UnitList> {
    const items = this.registry.find(filter).map(unitDto);
    return Promise.resolve({ items, total: items.length, sample: this.registry.sample });
  }
}

@QueryHandler(GetUnit)
export class GetUnitHandler implements IQueryHandler<GetUnit> {
  constructor(@Inject(UnitRegistry) private readonly registry: UnitRegistry) {}

  execute({ unitId }: GetUnit): Promise<UnitDto> {
    const unit = this.registry.unit(unitId);
    if (!unit) return Promise.reject(new NotFound('UNIT.NOT_FOUND', `no unit ${unitId} in the registry`));
    return Promise.resolve(unitDto(unit));
  }
}
