import { IsInstant, IsCalendarDate } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { ArrestingUnitType, OffenceClass, Sex } from '@safeguard/contracts';

export class PersonDto {
  @ApiProperty({ example: 'person-KH-0012', description: 'The person reference other agencies will carry' })
  @IsString()
  @Length(1, 100)
  personId: string;
  @ApiProperty({ example: 'Sok Channary' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: ['female', 'male', 'other'] }) @IsIn(['female', 'male', 'other']) sex: Sex;
  @ApiPropertyOptional({ example: '1990-04-12', format: 'date' }) @IsOptional() @IsCalendarDate() dateOfBirth?: string;
  @ApiPropertyOptional({ example: 34, description: 'When the date of birth is not known' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  estimatedAgeYears?: number;
  @ApiProperty({ example: 'KH', description: 'Nationality (ISO 3166 alpha-2 or name)' }) @IsString() @Length(2, 100) nationality: string;
  @ApiPropertyOptional({ example: 'Village 3, Sangkat Chbar Ampov' }) @IsOptional() @IsString() @MaxLength(500) homeAddress?: string;
  @ApiProperty({ example: 'Phnom Penh' }) @IsString() @Length(1, 100) homeProvince: string;
  @ApiPropertyOptional({ example: '010203040' }) @IsOptional() @IsString() @MaxLength(100) nationalId?: string;
}

export class SuspectedOffenceDto {
  @ApiProperty({ example: 'Drug possession' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: ['felony', 'misdemeanour', 'petty-offence'] }) @IsIn(['felony', 'misdemeanour', 'petty-offence']) offenceClass: OffenceClass;
  @ApiProperty({ example: 60 }) @IsInt() @Min(0) @Max(1200) maximumPenaltyMonths: number;
  @ApiProperty() @IsBoolean() violent: boolean;
  @ApiProperty() @IsBoolean() drugRelated: boolean;
}

export class CircumstancesDto {
  @ApiProperty({ example: 2, description: 'Children who saw the arrest' }) @IsInt() @Min(0) @Max(30) childrenPresent: number;
  @ApiProperty() @IsBoolean() afterDark: boolean;
  @ApiProperty() @IsBoolean() restraintsOrSirensInFrontOfChildren: boolean;
  @ApiProperty() @IsBoolean() searchWithChildPresent: boolean;
}

export class RecordArrestDto {
  @ApiProperty({ type: PersonDto }) @IsDefined() @ValidateNested() @Type(() => PersonDto) person: PersonDto;
  @ApiProperty({ example: '2026-03-01T20:30:00Z', description: 'When the arrest happened' }) @IsInstant() arrestedAt: string;
  @ApiProperty({ example: 'Home, Chbar Ampov' }) @IsString() @Length(1, 500) place: string;
  @ApiProperty({ example: 'Phnom Penh' }) @IsString() @Length(1, 100) province: string;
  @ApiProperty({ enum: ['police', 'military-police', 'other'] }) @IsIn(['police', 'military-police', 'other']) arrestingUnitType: ArrestingUnitType;
  @ApiProperty({ type: SuspectedOffenceDto }) @IsDefined() @ValidateNested() @Type(() => SuspectedOffenceDto) suspectedOffence: SuspectedOffenceDto;
  @ApiProperty({ type: CircumstancesDto }) @IsDefined() @ValidateNested() @Type(() => CircumstancesDto) circumstances: CircumstancesDto;
}
