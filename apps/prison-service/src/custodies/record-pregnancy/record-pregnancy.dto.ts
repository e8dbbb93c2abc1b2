import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsISO8601, IsOptional, Length } from 'class-validator';

export class RecordPregnancyDto {
  @ApiProperty({ example: '2026-03-07T09:00:00Z', description: 'When the pregnancy was established' }) @IsISO8601({ strict: true }) recordedAt: string;
  @ApiPropertyOptional({ example: '2026-08-20', format: 'date', description: 'When known' })
  @IsOptional() @IsDateString({ strict: true }) @Length(10, 10) expectedDeliveryDate?: string;
}
