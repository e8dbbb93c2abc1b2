import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { WhoWasToldQuery } from './who-was-told.handler';
import { NotificationsView } from './who-was-told.views';

@ApiTags('alerts')
@Controller('alerts/:alertId/notifications')
export class WhoWasToldController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @Allow('oversight-monitor', 'child-welfare-officer')
  @AccessLogged('read', { record: 'alertId', subjectsFromAnswer: false })
  @ApiOperation({ summary: 'Who was told of the alert, how and when: each webhook delivery and email about it, and whether it arrived' })
  @ApiOkResponse({ type: NotificationsView })
  list(@Param('alertId', ParseUUIDPipe) alertId: string): Promise<NotificationsView> {
    return this.bus.execute(new WhoWasToldQuery(alertId));
  }
}
