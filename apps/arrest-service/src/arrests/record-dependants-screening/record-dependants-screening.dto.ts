import { IsInstant, IsCalendarDate } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { CaregiverRelation, ChildWhereabouts, DependantsAnswer, DetailsWithheld, PregnancyAnswer, Sex } from '@safeguard/contracts';

const RELATIONS: CaregiverRelation[] = ['father', 'mother', 'grandparent', 'other-relative', 'neighbour', 'ngo', 'older-sibling', 'nobody'];
const WHEREABOUTS: ChildWhereabouts[] = [
  'at-home-with-caregiver',
  'with-relative',
  'with-neighbour',
  'with-other-adult',
  'with-ngo',
  'at-school',
  'alone',
  'with-other-children-only',
  'with-parent-in-custody',
  'not-recorded',
  'unknown',
];
const WITHHELD: DetailsWithheld[] = ['parent-declined', 'not-asked', 'not-known'];

export class CaregiverDto {
  @ApiPropertyOptional({ example: 'Sok Mealea' }) @IsOptional() @IsString() @MaxLength(200) name?: string;
  @ApiProperty({ enum: RELATIONS }) @IsIn(RELATIONS) relation: CaregiverRelation;
  @ApiPropertyOptional({ example: 61, description: 'Matters when the caregiver is an older sibling' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  ageYears?: number;
  @ApiPropertyOptional({ example: '+855 12 345 678' }) @IsOptional() @IsString() @MaxLength(200) contact?: string;
}

export class ChildDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Given by the caller to keep its own reference; generated otherwise' })
  @IsOptional()
  @IsUUID()
  childId?: string;
  @ApiPropertyOptional({ example: 'Dara', description: 'Absent when not given; detailsWithheld then says why' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
  @ApiPropertyOptional({ enum: ['female', 'male', 'other'], description: 'Absent when not given; detailsWithheld then says why' })
  @IsOptional()
  @IsIn(['female', 'male', 'other'])
  sex?: Sex;
  @ApiPropertyOptional({
    enum: WITHHELD,
    description:
      'Why the name or sex is missing: required when either is, absent when both are given. parent-declined: she would not say; not-asked: nobody asked; not-known: she does not know',
  })
  @IsOptional()
  @IsIn(WITHHELD)
  detailsWithheld?: DetailsWithheld;
  @ApiPropertyOptional({ example: '2019-06-02', format: 'date' }) @IsOptional() @IsCalendarDate() dateOfBirth?: string;
  @ApiPropertyOptional({
    example: 2019,
    description: 'When only the year of birth is known; at least one of dateOfBirth, birthYear and ageYears is required',
  })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number;
  @ApiPropertyOptional({ example: 6, description: 'Her age at the arrest, when that is what was said' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  ageYears?: number;
  @ApiProperty({
    enum: WHEREABOUTS,
    description:
      'Where the child is now, as she said. not-recorded: nobody wrote it down (a gap in the record); unknown: she does not know where the child is',
  })
  @IsIn(WHEREABOUTS)
  whereabouts: ChildWhereabouts;
  @ApiPropertyOptional({ type: CaregiverDto }) @IsOptional() @ValidateNested() @Type(() => CaregiverDto) caregiver?: CaregiverDto;
}

export class RecordDependantsScreeningDto {
  @ApiProperty({ example: '2026-03-01T21:10:00Z', description: 'When she was asked' }) @IsInstant() askedAt: string;
  @ApiProperty({ example: 'officer-17' }) @IsString() @Length(1, 200) askedBy: string;
  @ApiProperty({ enum: ['has-dependants', 'no-dependants', 'declined-to-say'] })
  @IsIn(['has-dependants', 'no-dependants', 'declined-to-say'])
  answer: DependantsAnswer;
  @ApiProperty({ enum: ['pregnant', 'not-pregnant', 'declined-to-say', 'not-applicable'] })
  @IsIn(['pregnant', 'not-pregnant', 'declined-to-say', 'not-applicable'])
  pregnancy: PregnancyAnswer;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(30) numberOfChildren?: number;
  @ApiProperty({ description: 'She agreed that the children’s details be recorded' }) @IsBoolean() consentToRecordChildDetails: boolean;
  @ApiProperty({ type: [ChildDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ChildDto) children: ChildDto[];
}
