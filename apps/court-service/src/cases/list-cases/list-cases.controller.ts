import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { Database, jsonColumn } from '@safeguard/event-store';
import { AccessLogged, IsInstant, MAX_PAGE_OFFSET, pagedQuery } from '@safeguard/platform';

const STAGES = ['investigation', 'judged', 'sentenced', 'on-appeal', 'closed'];
const PRETRIAL = ['detention', 'judicial-supervision', 'release'];

export class ListCasesQuery {
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES) stage?: string;
  @ApiPropertyOptional({ enum: PRETRIAL }) @IsOptional() @IsIn(PRETRIAL) pretrialOutcome?: string;
  @ApiPropertyOptional({ example: 'person-KH-0012' }) @IsOptional() @IsString() personId?: string;
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z' }) @IsOptional() @IsInstant() openedFrom?: string;
  @ApiPropertyOptional({ example: '2026-04-01T00:00:00Z' }) @IsOptional() @IsInstant() openedTo?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_PAGE_OFFSET) offset?: number;
}

class CaseSummary {
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

class CasePage {
  @ApiProperty({ type: [CaseSummary] }) items: CaseSummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

@ApiTags('cases')
@Controller('cases')
export class ListCasesController {
  constructor(@Inject(Database) private readonly db: Database) {}

  @Get()
  @AccessLogged('read', { person: 'personId' })
  @Allow('court-clerk', 'judge', 'oversight-monitor')
  @ApiOperation({ summary: "Cases, newest first, filtered by stage, pre-trial outcome, person and opening date; a court's clerks and judges see their own court's cases unless their scope is wider" })
  @ApiOkResponse({ type: CasePage })
  async list(@Query() query: ListCasesQuery, @CurrentPrincipal() principal: Principal): Promise<CasePage> {
    const iso = (v: unknown) => (v === null ? null : new Date(v as string).toISOString());
    return pagedQuery(this.db, {
      table: 'court.case_list',
      filters: [
        ['stage = $', query.stage],
        ['pretrial_outcome = $', query.pretrialOutcome],
        ['person_id = $', query.personId],
        ['opened_at >= $', query.openedFrom],
        ['opened_at < $', query.openedTo],
        ['court_unit_id = $', principal.scope === 'own-unit' ? principal.unitId : undefined],
      ],
      orderBy: 'opened_at DESC, case_id',
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
      toItem: (r) => ({
        caseId: String(r.case_id),
        caseReference: String(r.case_reference),
        personId: String(r.person_id),
        arrestIds: jsonColumn<string[]>(r.arrest_ids),
        openedAt: iso(r.opened_at)!,
        stage: String(r.stage),
        pretrialOutcome: (r.pretrial_outcome as string | null) ?? null,
        represented: (r.represented as boolean | null) ?? null,
        nextHearingAt: iso(r.next_hearing_at),
        version: Number(r.version),
      }),
    });
  }
}
