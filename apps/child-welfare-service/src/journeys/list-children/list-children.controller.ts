import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Allow } from '@safeguard/auth';
import { Database } from '@safeguard/event-store';
import { AccessLogged, MAX_PAGE_OFFSET, pagedQuery } from '@safeguard/platform';
import { JOURNEY_READERS } from '../journey-readers';
import { LEGAL_STAGES, LOCATION_TYPES } from '../journey-vocabulary';
import { ChildSummary, OPEN_ALERTS_OF_CHILD, toChildSummary } from './child-summary';

export class ListChildrenQuery {
  @ApiPropertyOptional({ enum: LEGAL_STAGES }) @IsOptional() @IsIn(LEGAL_STAGES) stage?: string;
  @ApiPropertyOptional({ enum: LOCATION_TYPES }) @IsOptional() @IsIn(LOCATION_TYPES) locationType?: string;
  @ApiPropertyOptional({ example: 'CC2', description: 'The prison the parent is held in' }) @IsOptional() @IsString() facility?: string;
  @ApiPropertyOptional({ example: 'Phnom Penh' }) @IsOptional() @IsString() province?: string;
  @ApiPropertyOptional({ description: 'Only children with (true) or without (false) an alert not yet resolved' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  hasOpenAlerts?: boolean;
  @ApiPropertyOptional({ description: 'Only children with a record flagged for review' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  flaggedForReview?: boolean;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_PAGE_OFFSET) offset?: number;
}

class ChildPage {
  @ApiProperty({ type: [ChildSummary] }) items: ChildSummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

@ApiTags('children')
@Controller('children')
export class ListChildrenController {
  constructor(@Inject(Database) private readonly db: Database) {}

  @Get()
  @AccessLogged('read')
  @Allow(...JOURNEY_READERS)
  @ApiOperation({ summary: 'Dependent children followed across police, court and prison; children with open alerts first' })
  @ApiOkResponse({ type: ChildPage })
  async list(@Query() query: ListChildrenQuery): Promise<ChildPage> {
    return this.db.transaction(async (sql) => {
      return pagedQuery(sql, {
        table: `(SELECT c.*, (${OPEN_ALERTS_OF_CHILD}) AS open_alerts FROM child_welfare.children c) children`,
        filters: [
          ['stage = $', query.stage],
          ['location_type = $', query.locationType],
          ['facility_id = $', query.facility],
          ['province = $', query.province],
          ['(open_alerts > 0) = $', query.hasOpenAlerts],
          ['(review_flags > 0) = $', query.flaggedForReview],
        ],
        orderBy: 'open_alerts DESC, updated_at DESC, child_key',
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
        toItem: toChildSummary,
      });
    });
  }
}
