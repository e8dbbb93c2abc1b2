import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { HearingKind } from '@safeguard/contracts';
import { CaseRecordedDto } from '../case-recorded.dto';

const KINDS: HearingKind[] = ['investigation', 'trial', 'verdict', 'appeal'];

export class ScheduleHearingDto {
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: HearingKind;
  @ApiProperty({ example: '2026-05-12T08:30:00Z', description: 'When the hearing takes place; not before the case was opened' })
  @IsInstant()
  hearingAt: string;
  @ApiProperty({ example: 'Phnom Penh Municipal Court, room 2' }) @IsString() @Length(1, 500) place: string;
  @ApiPropertyOptional({
    example: '2026-03-05T15:00:00Z',
    description:
      'When the court set the hearing, as the court states it (scheduledAtSource: stated-by-agency): the family’s notice is owed from then. Not in the future, not after the hearing. ' +
      'When absent, the time this record is received stands for it and is recorded as such (scheduledAtSource: time-of-receipt).',
  })
  @IsOptional()
  @IsInstant()
  scheduledAt?: string;
}

/** The hearing's id comes back with the case's, so a family notification can name the hearing. */
export class HearingScheduledDto extends CaseRecordedDto {
  @ApiProperty({ format: 'uuid' }) hearingId: string;
}
