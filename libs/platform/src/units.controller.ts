import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Allow } from '@safeguard/auth';
import { Roles, type Role } from '@safeguard/contracts';
import { NotFound } from '@safeguard/domain';
import { Jurisdictions, UnitKinds, UnitRegistry, type Jurisdiction, type Unit, type UnitKind } from '@safeguard/units';

export class UnitDto {
  @ApiProperty({ example: 'CC2', description: 'The id credentials and agency records name' }) unitId: string;
  @ApiProperty({ enum: UnitKinds }) kind: UnitKind;
  @ApiProperty({ example: 'Correctional Centre 2 (CC2), Prey Sar: women and juveniles' }) name: string;
  @ApiProperty({ enum: Jurisdictions }) jurisdiction: Jurisdiction;
  @ApiProperty({ example: 'Phnom Penh', description: 'The province (Cambodia) or county (California)' }) province: string;
  @ApiPropertyOptional({ nullable: true, example: '+855 23 000 012' }) phone: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'cc2@example.org' }) email: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The unit this one is part of' }) parentUnitId: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'GDP-MOI', description: 'Who an unanswered alert about this unit could go to next' })
  supervisorUnitId: string | null;
}

export class UnitList {
  @ApiProperty({ type: [UnitDto] }) items: UnitDto[];
  @ApiProperty() total: number;
  @ApiProperty({ description: 'True while the service runs on the sample registry, whose phones and emails are fictional' }) sample: boolean;
}

export class ListUnitsQuery {
  @ApiPropertyOptional({ enum: UnitKinds }) @IsOptional() @IsIn(UnitKinds) kind?: UnitKind;
  @ApiPropertyOptional({ enum: Jurisdictions }) @IsOptional() @IsIn(Jurisdictions) jurisdiction?: Jurisdiction;
  @ApiPropertyOptional({ example: 'Phnom Penh', description: 'The province or county, as the registry spells it' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  province?: string;
}

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

function unitDto(unit: Unit): UnitDto {
  return { ...unit };
}
