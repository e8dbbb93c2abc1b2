import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { CaregiverRelation, ChildWhereabouts, DependantsAnswer, PregnancyAnswer, Sex } from '@safeguard/contracts';

const RELATIONS: CaregiverRelation[] = ['father', 'mother', 'grandparent', 'other-relative', 'neighbour', 'ngo', 'older-sibling', 'nobody'];
const WHEREABOUTS: ChildWhereabouts[] = ['at-home-with-caregiver', 'with-relative', 'with-neighbour', 'with-ngo', 'alone', 'with-other-children-only', 'with-parent-in-custody', 'unknown'];

export class CaregiverDto {
  @ApiPropertyOptional({ example: 'Sok Mealea' }) @IsOptional() @IsString() @MaxLength(200) name?: string;
  @ApiProperty({ enum: RELATIONS }) @IsIn(RELATIONS) relation: CaregiverRelation;
  @ApiPropertyOptional({ example: 61, description: 'Matters when the caregiver is an older sibling' }) @IsOptional() @IsInt() @Min(0) @Max(120) ageYears?: number;
  @ApiPropertyOptional({ example: '+855 12 345 678' }) @IsOptional() @IsString() @MaxLength(200) contact?: string;
}

export class ChildDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Given by the caller to keep its own reference; generated otherwise' })
  @IsOptional() @IsUUID() childId?: string;
  @ApiProperty({ example: 'Dara' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: ['female', 'male', 'other'] }) @IsIn(['female', 'male', 'other']) sex: Sex;
  @ApiPropertyOptional({ example: '2019-06-02', format: 'date' }) @IsOptional() @IsDateString({ strict: true }) @Length(10, 10) dateOfBirth?: string;
  @ApiPropertyOptional({ example: 6 }) @IsOptional() @IsInt() @Min(0) @Max(17) ageYears?: number;
  @ApiProperty({ enum: WHEREABOUTS }) @IsIn(WHEREABOUTS) whereabouts: ChildWhereabouts;
  @ApiPropertyOptional({ type: CaregiverDto }) @IsOptional() @ValidateNested() @Type(() => CaregiverDto) caregiver?: CaregiverDto;
}

export class RecordDependantsScreeningDto {
  @ApiProperty({ example: '2026-03-01T21:10:00Z', description: 'When she was asked' }) @IsISO8601({ strict: true }) askedAt: string;
  @ApiProperty({ example: 'officer-17' }) @IsString() @Length(1, 200) askedBy: string;
  @ApiProperty({ enum: ['has-dependants', 'no-dependants', 'declined-to-say'] }) @IsIn(['has-dependants', 'no-dependants', 'declined-to-say']) answer: DependantsAnswer;
  @ApiProperty({ enum: ['pregnant', 'not-pregnant', 'declined-to-say', 'not-applicable'] }) @IsIn(['pregnant', 'not-pregnant', 'declined-to-say', 'not-applicable']) pregnancy: PregnancyAnswer;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(30) numberOfChildren?: number;
  @ApiProperty({ description: 'She agreed that the children’s details be recorded' }) @IsBoolean() consentToRecordChildDetails: boolean;
  @ApiProperty({ type: [ChildDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ChildDto) children: ChildDto[];
}
