import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsInstant, MAX_PAGE_OFFSET } from '@safeguard/platform';

const STAGES = ['investigation', 'judged', 'sentenced', 'on-appeal', 'closed'];
const PRETRIAL = ['detention', 'judicial-supervision', 'release'];

/** The filters and page of `GET /cases`. */
export class ListCasesFilter {
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES) stage?: string;
  @ApiPropertyOptional({ enum: PRETRIAL }) @IsOptional() @IsIn(PRETRIAL) pretrialOutcome?: string;
  @ApiPropertyOptional({ example: 'person-KH-0012' }) @IsOptional() @IsString() personId?: string;
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z' }) @IsOptional() @IsInstant() openedFrom?: string;
  @ApiPropertyOptional({ example: '2026-04-01T00:00:00Z' }) @IsOptional() @IsInstant() openedTo?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset?: number;
}

export class CaseSummary {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() caseReference: string;
  @ApiProperty() personId: string;
  @ApiProperty({ type: [String] }) arrestIds: string[];
  @ApiProperty() openedAt: string;
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiPropertyOptional({ enum: PRETRIAL, nullable: true }) pretrialOutcome: string | null;
  @ApiPropertyOptional({ nullable: true }) represented: boolean | null;
  @ApiPropertyOptional({ nullable: true }) nextHearingAt: string | null;
  @ApiProperty() version: number;
}

export class CasePage {
  @ApiProperty({ type: [CaseSummary] }) items: CaseSummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
