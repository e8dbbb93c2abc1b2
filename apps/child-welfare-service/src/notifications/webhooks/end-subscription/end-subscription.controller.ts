import { Delete, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import { SubscriptionsController, SubscriptionView } from '../webhook.views';
import { EndSubscriptionCommand } from './end-subscription.handler';

@SubscriptionsController('subscriptions/:subscriptionId')
export class EndSubscriptionController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @Delete()
  @ApiOperation({ summary: 'End a subscription: nothing more is sent, and what waits to be sent is cancelled; its delivery log stays' })
  @ApiOkResponse({ type: SubscriptionView })
  end(@Param('subscriptionId', ParseUUIDPipe) subscriptionId: string, @CurrentPrincipal() caller: Principal): Promise<SubscriptionView> {
    return this.bus.execute(new EndSubscriptionCommand(caller, subscriptionId));
  }
}
