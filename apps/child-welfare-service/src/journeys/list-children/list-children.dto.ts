import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MAX_PAGE_OFFSET } from '@safeguard/platform';
import { LEGAL_STAGES, LOCATION_TYPES } from '../journey-vocabulary';
import { ChildSummary } from './child-summary';

export class ListChildrenFilter {
  @ApiPropertyOptional({ enum: LEGAL_STAGES }) @IsOptional() @IsIn(LEGAL_STAGES) stage?: string;
  @ApiPropertyOptional({ enum: LOCATION_TYPES }) @IsOptional() @IsIn(LOCATION_TYPES) locationType?: string;
  @ApiPropertyOptional({ example: 'CC2', description: 'The prison the parent is held in' }) @IsOptional() @IsString() facility?: string;
  @ApiPropertyOptional({ example: 'Phnom Penh' }) @IsOptional() @IsString() province?: string;
  @ApiPropertyOptional({ description: 'Only children with (true) or without (false) an alert not yet resolved' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  hasOpenAlerts?: boolean;
  @ApiPropertyOptional({ description: 'Only children with a record flagged for review' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  flaggedForReview?: boolean;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset?: number;
}

export class ChildPage {
  @ApiProperty({ type: [ChildSummary] }) items: ChildSummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
