import { IsInstantOrCalendarDate } from '@safeguard/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export const PERIODS = ['month', 'week', 'quarter'] as const;
export type Period = (typeof PERIODS)[number];

export class GetIndicatorsQuery {
  @ApiPropertyOptional({ example: 'CC2', description: 'Only people held in this prison now' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  facility?: string;
  @ApiPropertyOptional({ example: 'Phnom Penh', description: 'Only people first arrested in this province' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  province?: string;
  @ApiPropertyOptional({ example: '2026-03-01', description: 'Only people first arrested on or after this date or instant' })
  @IsOptional()
  @IsInstantOrCalendarDate()
  from?: string;
  @ApiPropertyOptional({
    example: '2026-03-31',
    description: 'Only people first arrested on or before this instant; a date alone includes the whole (UTC) day',
  })
  @IsOptional()
  @IsInstantOrCalendarDate()
  to?: string;
  @ApiPropertyOptional({
    enum: PERIODS,
    default: 'month',
    description: 'How byPeriod groups people: by the month, ISO week or quarter of their arrest',
  })
  @IsOptional()
  @IsIn(PERIODS)
  period?: Period;
}
