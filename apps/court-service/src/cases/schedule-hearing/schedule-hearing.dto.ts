import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, Length } from 'class-validator';
import type { HearingKind } from '@safeguard/contracts';
import { CaseRecordedDto } from '../case-recorded.dto';

const KINDS: HearingKind[] = ['investigation', 'trial', 'verdict', 'appeal'];

export class ScheduleHearingDto {
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: HearingKind;
  @ApiProperty({ example: '2026-05-12T08:30:00Z', description: 'When the hearing takes place; not before the case was opened' }) @IsISO8601({ strict: true }) hearingAt: string;
  @ApiProperty({ example: 'Phnom Penh Municipal Court, room 2' }) @IsString() @Length(1, 500) place: string;
}

/** The hearing's id comes back with the case's, so a family notification can name the hearing. */
export class HearingScheduledDto extends CaseRecordedDto {
  @ApiProperty({ format: 'uuid' }) hearingId: string;
}
