import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ReleaseReason } from '@safeguard/contracts';

const REASONS: ReleaseReason[] = ['sentence-served', 'pardon', 'amnesty', 'bail', 'acquittal', 'judicial-supervision'];

export class ScheduleReleaseDto {
  @ApiProperty({ example: '2026-09-01T08:00:00Z', description: 'When she is to be released; may lie ahead, not before the admission' })
  @IsInstant()
  releaseOn: string;
  @ApiProperty({ enum: REASONS, example: 'sentence-served' }) @IsIn(REASONS) reason: ReleaseReason;
  @ApiPropertyOptional({
    example: '2026-05-02T10:00:00Z',
    description:
      'When the prison set the release, as the prison states it (scheduledAtSource: stated-by-agency): the caregivers’ notice is owed from then. Not in the future, not before the admission, not after the release day. ' +
      'When absent, the time this record is received stands for it and is recorded as such (scheduledAtSource: time-of-receipt).',
  })
  @IsOptional()
  @IsInstant()
  scheduledAt?: string;
}
