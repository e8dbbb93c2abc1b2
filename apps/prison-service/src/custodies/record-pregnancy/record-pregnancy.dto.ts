import { IsInstant, IsCalendarDate } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class RecordPregnancyDto {
  @ApiProperty({ example: '2026-03-07T09:00:00Z', description: 'When the pregnancy was established' }) @IsInstant() recordedAt: string;
  @ApiPropertyOptional({ example: '2026-08-20', format: 'date', description: 'When known' })
  @IsOptional()
  @IsCalendarDate()
  expectedDeliveryDate?: string;
}
