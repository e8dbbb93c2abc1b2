import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import type { LegalStatus } from '@safeguard/contracts';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { Database } from '@safeguard/event-store';
import { AccessLogged, IsInstant, MAX_PAGE_OFFSET, pagedQuery } from '@safeguard/platform';

const STATUSES = ['held', 'on-home-leave', 'released'];
const LEGAL_STATUSES: LegalStatus[] = ['pre-trial', 'convicted'];

export class ListCustodiesQuery {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ enum: LEGAL_STATUSES }) @IsOptional() @IsIn(LEGAL_STATUSES) legalStatus?: LegalStatus;
  @ApiPropertyOptional({ description: 'Whether a child lives in prison with her now' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() hasChildrenInPrison?: boolean;
  @ApiPropertyOptional({ example: 'CC2', description: 'A facility officer sees their own facility whatever is asked' }) @IsOptional() @IsString() facilityId?: string;
  @ApiPropertyOptional({ example: 'person-KH-0012' }) @IsOptional() @IsString() personId?: string;
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z' }) @IsOptional() @IsInstant() admittedFrom?: string;
  @ApiPropertyOptional({ example: '2026-04-01T00:00:00Z' }) @IsOptional() @IsInstant() admittedTo?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_PAGE_OFFSET) offset?: number;
}

class CustodySummary {
  @ApiProperty({ format: 'uuid' }) custodyId: string;
  @ApiProperty() personId: string;
  @ApiProperty({ description: 'Where she is held now' }) facilityId: string;
  @ApiProperty() admittedAt: string;
  @ApiProperty({ enum: LEGAL_STATUSES }) legalStatus: string;
  @ApiProperty() nationality: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ description: 'Children living in prison with her now' }) childrenInPrison: number;
  @ApiProperty() version: number;
}

class CustodyPage {
  @ApiProperty({ type: [CustodySummary] }) items: CustodySummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

@ApiTags('custodies')
@Controller('custodies')
export class ListCustodiesController {
  constructor(@Inject(Database) private readonly db: Database) {}

  @Get()
  @AccessLogged('read', { person: 'personId' })
  @Allow('prison-officer', 'oversight-monitor')
  @ApiOperation({ summary: 'Custodies, newest admission first; a facility officer sees the custodies the facility holds now unless the scope is wider' })
  @ApiOkResponse({ type: CustodyPage })
  async list(@Query() query: ListCustodiesQuery, @CurrentPrincipal() principal: Principal): Promise<CustodyPage> {
    return pagedQuery(this.db, {
      table: 'prison.custody_list',
      filters: [
        ['status = $', query.status],
        ['legal_status = $', query.legalStatus],
        ['(children_in_prison > 0) = $', query.hasChildrenInPrison],
        ['facility_id = $', query.facilityId],
        ['person_id = $', query.personId],
        ['admitted_at >= $', query.admittedFrom],
        ['admitted_at < $', query.admittedTo],
        ['facility_id = $', principal.scope === 'own-unit' ? principal.unitId : undefined],
      ],
      orderBy: 'admitted_at DESC, custody_id',
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
      toItem: (r) => ({
        custodyId: String(r.custody_id),
        personId: String(r.person_id),
        facilityId: String(r.facility_id),
        admittedAt: new Date(r.admitted_at as string).toISOString(),
        legalStatus: String(r.legal_status),
        nationality: String(r.nationality),
        status: String(r.status),
        childrenInPrison: Number(r.children_in_prison),
        version: Number(r.version),
      }),
    });
  }
}
