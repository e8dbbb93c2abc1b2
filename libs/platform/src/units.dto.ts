import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Jurisdictions, UnitKinds, type Jurisdiction, type Unit, type UnitKind } from '@safeguard/units';

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

export function unitDto(unit: Unit): UnitDto {
  return { ...unit };
}
