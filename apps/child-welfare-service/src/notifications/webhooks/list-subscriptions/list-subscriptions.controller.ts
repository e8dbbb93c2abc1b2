import { Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import { SubscriptionsController, SubscriptionView } from '../webhook.views';
import { ListSubscriptionsQuery } from './list-subscriptions.handler';

@SubscriptionsController('subscriptions')
export class ListSubscriptionsController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'This credential’s webhook subscriptions, newest first (no secrets)' })
  @ApiOkResponse({ type: [SubscriptionView] })
  list(@CurrentPrincipal() caller: Principal): Promise<SubscriptionView[]> {
    return this.bus.execute(new ListSubscriptionsQuery(caller));
  }
}
