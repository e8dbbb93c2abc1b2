import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { AppealDecidedData } from '@safeguard/contracts';

const OUTCOMES: AppealDecidedData['outcome'][] = ['dismissed', 'conviction-overturned', 'sentence-changed'];

export class DecideAppealDto {
  @ApiProperty({ example: '2026-08-10T10:00:00Z', description: 'When the appeal court decided' }) @IsInstant() decidedAt: string;
  @ApiProperty({ enum: OUTCOMES }) @IsIn(OUTCOMES) outcome: AppealDecidedData['outcome'];
  @ApiPropertyOptional({ example: 18, description: 'The new prison term; only, and always, when the sentence changed' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  newCustodialMonths?: number;
}
