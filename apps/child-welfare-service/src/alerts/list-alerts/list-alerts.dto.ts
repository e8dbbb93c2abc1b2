import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { MAX_PAGE_OFFSET } from '@safeguard/platform';
import { AlertView } from './alert.view';

/** The filters and page of `GET /alerts`. */
export class ListAlertsFilter {
  @ApiPropertyOptional({ example: 'dependants-not-asked-at-arrest' }) @IsOptional() @Matches(/^[a-z0-9-]+$/) ruleId?: string;
  @ApiPropertyOptional({
    enum: ['open', 'acknowledged', 'resolved', 'withdrawn'],
    description: 'Without it, every alert but the withdrawn ones (taken back: later facts showed no miss)',
  })
  @IsOptional()
  @IsIn(['open', 'acknowledged', 'resolved', 'withdrawn'])
  status?: string;
  @ApiPropertyOptional({ enum: ['low', 'medium', 'high', 'critical'] }) @IsOptional() @IsIn(['low', 'medium', 'high', 'critical']) severity?: string;
  @ApiPropertyOptional({ enum: ['police', 'court', 'prison'] }) @IsOptional() @IsIn(['police', 'court', 'prison']) agency?: string;
  @ApiPropertyOptional({ example: 'Phnom Penh' }) @IsOptional() @IsString() province?: string;
  @ApiPropertyOptional({ example: 'person-KH-0012' }) @IsOptional() @IsString() personId?: string;
  @ApiPropertyOptional({ example: 'PP-ANTI-DRUG', description: 'The responsible police unit, court or prison facility' })
  @IsOptional()
  @IsString()
  facility?: string;
  @ApiPropertyOptional({ example: 24, description: 'Only alerts raised at least this many hours ago' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(87_600)
  minAgeHours?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'Only alerts about this child' }) @IsOptional() @IsUUID() childId?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset?: number;
}

export class AlertPage {
  @ApiProperty({ type: [AlertView] }) items: AlertView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
