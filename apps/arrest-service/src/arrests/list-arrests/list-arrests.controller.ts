import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { Database } from '@safeguard/event-store';
import { AccessLogged, IsInstant, MAX_PAGE_OFFSET, pagedQuery } from '@safeguard/platform';

const STATUSES = ['arrested', 'in-police-custody', 'released', 'transferred-to-prison'];

export class ListArrestsQuery {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ example: 'Kandal', description: 'Where the arrest happened' }) @IsOptional() @IsString() province?: string;
  @ApiPropertyOptional({ example: 'person-KH-0012' }) @IsOptional() @IsString() personId?: string;
  @ApiPropertyOptional({ description: 'Whether she was asked about dependants' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() dependantsAsked?: boolean;
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z' }) @IsOptional() @IsInstant() arrestedFrom?: string;
  @ApiPropertyOptional({ example: '2026-04-01T00:00:00Z' }) @IsOptional() @IsInstant() arrestedTo?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_PAGE_OFFSET) offset?: number;
}

class ArrestSummary {
  @ApiProperty({ format: 'uuid' }) arrestId: string;
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty() unitId: string;
  @ApiProperty() province: string;
  @ApiProperty() homeProvince: string;
  @ApiProperty() arrestedAt: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty() dependantsAsked: boolean;
  @ApiProperty() version: number;
}

class ArrestPage {
  @ApiProperty({ type: [ArrestSummary] }) items: ArrestSummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

@ApiTags('arrests')
@Controller('arrests')
export class ListArrestsController {
  constructor(@Inject(Database) private readonly db: Database) {}

  @Get()
  @AccessLogged('read', { person: 'personId' })
  @Allow('police-officer', 'oversight-monitor')
  @ApiOperation({ summary: 'Arrests, newest first; a police unit sees its own unless its scope is wider' })
  @ApiOkResponse({ type: ArrestPage })
  async list(@Query() query: ListArrestsQuery, @CurrentPrincipal() principal: Principal): Promise<ArrestPage> {
    return pagedQuery(this.db, {
      table: 'arrest.arrest_list',
      filters: [
        ['status = $', query.status],
        ['province = $', query.province],
        ['person_id = $', query.personId],
        ['dependants_asked = $', query.dependantsAsked],
        ['arrested_at >= $', query.arrestedFrom],
        ['arrested_at < $', query.arrestedTo],
        ['unit_id = $', principal.scope === 'own-unit' ? principal.unitId : undefined],
      ],
      orderBy: 'arrested_at DESC, arrest_id',
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
      toItem: (r) => ({
        arrestId: String(r.arrest_id),
        personId: String(r.person_id),
        personName: String(r.person_name),
        unitId: String(r.unit_id),
        province: String(r.province),
        homeProvince: String(r.home_province),
        arrestedAt: new Date(r.arrested_at as string).toISOString(),
        status: String(r.status),
        dependantsAsked: Boolean(r.dependants_asked),
        version: Number(r.version),
      }),
    });
  }
}
