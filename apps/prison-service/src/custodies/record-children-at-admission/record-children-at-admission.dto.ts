import { IsInstant, IsCalendarDate } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import type { ChildCustodyStatus, ChildrenRecordedAtAdmissionData, Sex } from '@safeguard/contracts';

const ANSWERS: ChildrenRecordedAtAdmissionData['answer'][] = ['has-children', 'no-children', 'declined-to-say'];
const CUSTODY_STATUSES: ChildCustodyStatus[] = ['with-other-parent', 'with-relative', 'state-care', 'ngo', 'alone', 'unknown', 'other'];
const SEXES: Sex[] = ['female', 'male', 'other'];

export class ChildAtAdmissionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Given by the caller to keep its own reference (the police screening’s child id); generated otherwise' })
  @IsOptional() @IsUUID() childId?: string;
  @ApiProperty({ example: 'Dara' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ enum: SEXES }) @IsIn(SEXES) sex: Sex;
  @ApiPropertyOptional({ example: '2019-06-02', format: 'date' }) @IsOptional() @IsCalendarDate() dateOfBirth?: string;
  @ApiPropertyOptional({ example: 6, description: 'When the date of birth is not known' }) @IsOptional() @IsInt() @Min(0) @Max(17) ageYears?: number;
  @ApiProperty({ example: 'Kandal, Ta Khmau, with her grandmother' }) @IsString() @Length(1, 500) livesWhere: string;
  @ApiProperty({ enum: CUSTODY_STATUSES, description: 'Who looks after the child now' }) @IsIn(CUSTODY_STATUSES) custodyStatus: ChildCustodyStatus;
}

export class RecordChildrenAtAdmissionDto {
  @ApiProperty({ example: '2026-03-06T10:30:00Z', description: 'When she was asked' }) @IsInstant() recordedAt: string;
  @ApiProperty({ enum: ANSWERS, description: 'She is never forced to answer: declined-to-say is complete' }) @IsIn(ANSWERS) answer: ChildrenRecordedAtAdmissionData['answer'];
  @ApiPropertyOptional({ example: 1, description: 'Required when she has children; absent when she declined to say' }) @IsOptional() @IsInt() @Min(0) @Max(30) numberOfChildren?: number;
  @ApiProperty({ description: 'She agreed that the children’s details be recorded; without it only their number is kept' }) @IsBoolean() consentToRecordDetails: boolean;
  @ApiProperty({ type: [ChildAtAdmissionDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ChildAtAdmissionDto) children: ChildAtAdmissionDto[];
}
