import { Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { ALERT_READERS } from '../agency-queue';
import { AlertId, AlertsController } from '../alert-use-case';
import { INTEGRATOR_WITHHOLDS } from './alert-as-read-by';
import { AlertView } from './alert.view';
import { AlertPage, ListAlertsFilter } from './list-alerts.dto';
import { GetAlertQuery, ListAlertsQuery } from './list-alerts.handler';

@AlertsController('alerts')
@Allow(...ALERT_READERS)
export class ListAlertsController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read', { child: 'childId', person: 'personId' })
  @ApiOperation({ summary: 'Alerts, most urgent first (severity, then longest overdue)', description: INTEGRATOR_WITHHOLDS })
  @ApiOkResponse({ type: AlertPage })
  list(@Query() filter: ListAlertsFilter, @CurrentPrincipal() principal: Principal): Promise<AlertPage> {
    return this.bus.execute(new ListAlertsQuery(filter, principal));
  }

  @Get(':alertId')
  @AccessLogged('read', { record: 'alertId' })
  @ApiOperation({ summary: 'One alert', description: INTEGRATOR_WITHHOLDS })
  @ApiOkResponse({ type: AlertView, description: 'The ETag is the version to send back as If-Match' })
  get(@AlertId() alertId: string, @CurrentPrincipal() principal: Principal): Promise<AlertView> {
    return this.bus.execute(new GetAlertQuery(alertId, principal));
  }
}
