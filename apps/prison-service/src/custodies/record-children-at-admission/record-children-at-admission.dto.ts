import { IsInstant, IsCalendarDate } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import type { ChildCustodyStatus, ChildrenRecordedAtAdmissionData, DetailsWithheld, Sex } from '@safeguard/contracts';

const ANSWERS: ChildrenRecordedAtAdmissionData['answer'][] = ['has-children', 'no-children', 'declined-to-say'];
const CUSTODY_STATUSES: ChildCustodyStatus[] = [
  'with-other-parent',
  'with-relative',
  'with-other-adult',
  'state-care',
  'ngo',
  'alone',
  'not-recorded',
  'unknown',
  'other',
];
const WITHHELD: DetailsWithheld[] = ['parent-declined', 'not-asked', 'not-known'];
const SEXES: Sex[] = ['female', 'male', 'other'];

export class ChildAtAdmissionDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Given by the caller to keep its own reference (the police screening’s child id); generated otherwise',
  })
  @IsOptional()
  @IsUUID()
  childId?: string;
  @ApiPropertyOptional({ example: 'Dara', description: 'Absent when not given; detailsWithheld then says why' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
  @ApiPropertyOptional({ enum: SEXES, description: 'Absent when not given; detailsWithheld then says why' }) @IsOptional() @IsIn(SEXES) sex?: Sex;
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
  @ApiPropertyOptional({ example: 6, description: 'Her age when the record was made, when that is what was said' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  ageYears?: number;
  @ApiPropertyOptional({ example: 'Kandal, Ta Khmau, with her grandmother', description: 'Absent when nobody wrote it down' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  livesWhere?: string;
  @ApiProperty({
    enum: CUSTODY_STATUSES,
    description: 'Who looks after the child now. not-recorded: nobody wrote it down (a gap in the record); unknown: she does not know',
  })
  @IsIn(CUSTODY_STATUSES)
  custodyStatus: ChildCustodyStatus;
}

export class RecordChildrenAtAdmissionDto {
  @ApiProperty({ example: '2026-03-06T10:30:00Z', description: 'When she was asked' }) @IsInstant() recordedAt: string;
  @ApiProperty({ enum: ANSWERS, description: 'She is never forced to answer: declined-to-say is complete' })
  @IsIn(ANSWERS)
  answer: ChildrenRecordedAtAdmissionData['answer'];
  @ApiPropertyOptional({ example: 1, description: 'Required when she has children; absent when she declined to say' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  numberOfChildren?: number;
  @ApiProperty({ description: 'She agreed that the children’s details be recorded; without it only their number is kept' })
  @IsBoolean()
  consentToRecordDetails: boolean;
  @ApiProperty({ type: [ChildAtAdmissionDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ChildAtAdmissionDto)
  children: ChildAtAdmissionDto[];
}
