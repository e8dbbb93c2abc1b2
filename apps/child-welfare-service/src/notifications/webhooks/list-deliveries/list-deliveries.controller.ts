import { Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import { DeliveryPage, SubscriptionsController } from '../webhook.views';
import { DeliveriesQuery } from './list-deliveries.dto';
import { ListDeliveriesQuery } from './list-deliveries.handler';

@SubscriptionsController('subscriptions/:subscriptionId/deliveries')
export class ListDeliveriesController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The delivery log of a subscription, newest first: each delivery with every attempt, its answer and how long it took' })
  @ApiOkResponse({ type: DeliveryPage })
  list(
    @Param('subscriptionId', ParseUUIDPipe) subscriptionId: string,
    @Query() query: DeliveriesQuery,
    @CurrentPrincipal() caller: Principal,
  ): Promise<DeliveryPage> {
    return this.bus.execute(new ListDeliveriesQuery(caller, subscriptionId, query.status, query.limit ?? 50, query.offset ?? 0));
  }
}
