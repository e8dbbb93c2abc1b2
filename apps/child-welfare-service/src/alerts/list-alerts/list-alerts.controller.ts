import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import type { Response } from 'express';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { Database } from '@safeguard/event-store';
import { AccessLogged, Clock, MAX_PAGE_OFFSET, pagedQuery } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { alertAsReadBy, INTEGRATOR_WITHHOLDS } from './alert-as-read-by';
import { AlertView, toAlertView } from './alert.view';

export class ListAlertsQuery {
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
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_PAGE_OFFSET) offset?: number;
}

class AlertPage {
  @ApiProperty({ type: [AlertView] }) items: AlertView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

const HOUR = 3_600_000;
const SEVERITY_ORDER = `CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`;

@ApiTags('alerts')
@Controller('alerts')
export class ListAlertsController {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  @Get()
  @AccessLogged('read', { child: 'childId', person: 'personId' })
  @Allow('oversight-monitor', 'child-welfare-officer', 'integrator')
  @ApiOperation({ summary: 'Alerts, most urgent first (severity, then longest overdue)', description: INTEGRATOR_WITHHOLDS })
  @ApiOkResponse({ type: AlertPage })
  async list(@Query() query: ListAlertsQuery, @CurrentPrincipal() principal: Principal): Promise<AlertPage> {
    return pagedQuery(this.db, {
      table: 'child_welfare.alerts',
      filters: [
        ['rule_id = $', query.ruleId],
        ['status = $', query.status],
        // A withdrawn alert was never a miss: listed only when asked for by name.
        ['status <> $', query.status === undefined ? 'withdrawn' : undefined],
        ['severity = $', query.severity],
        ['responsible_agency = $', query.agency],
        ['province = $', query.province],
        ['person_id = $', query.personId],
        ['responsible_unit_id = $', query.facility],
        ['raised_at <= $', query.minAgeHours === undefined ? undefined : new Date(this.clock.now().getTime() - query.minAgeHours * HOUR).toISOString()],
        ['child_ids @> $', query.childId === undefined ? undefined : JSON.stringify([query.childId])],
      ],
      orderBy: `${SEVERITY_ORDER}, due_at ASC, alert_id`,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
      toItem: (row) => alertAsReadBy(principal.role, toAlertView(row, this.units)),
    });
  }

  @Get(':alertId')
  @AccessLogged('read', { record: 'alertId' })
  @Allow('oversight-monitor', 'child-welfare-officer', 'integrator')
  @ApiOperation({ summary: 'One alert', description: INTEGRATOR_WITHHOLDS })
  @ApiOkResponse({ type: AlertView, description: 'The ETag is the version to send back as If-Match' })
  async get(
    @Param('alertId', ParseUUIDPipe) alertId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AlertView> {
    const [row] = await this.db.query(`SELECT * FROM child_welfare.alerts WHERE alert_id = $1`, [alertId]);
    if (!row) throw new NotFound('ALERT.NOT_FOUND', `no alert ${alertId}`);
    const alert = alertAsReadBy(principal.role, toAlertView(row, this.units));
    response.setHeader('ETag', `"${alert.version}"`);
    return alert;
  }
}
