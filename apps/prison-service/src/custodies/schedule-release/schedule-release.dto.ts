import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { ReleaseReason } from '@safeguard/contracts';

const REASONS: ReleaseReason[] = ['sentence-served', 'pardon', 'amnesty', 'bail', 'acquittal', 'judicial-supervision'];

export class ScheduleReleaseDto {
  @ApiProperty({ example: '2026-09-01T08:00:00Z', description: 'When she is to be released; may lie ahead, not before the admission' }) @IsInstant() releaseOn: string;
  @ApiProperty({ enum: REASONS, example: 'sentence-served' }) @IsIn(REASONS) reason: ReleaseReason;
}
