import { HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import { NewSecretView, SubscriptionsController } from '../webhook.views';
import { RotateSubscriptionSecretCommand } from './rotate-subscription-secret.handler';

@SubscriptionsController('subscriptions/:subscriptionId/secret-rotation')
export class RotateSubscriptionSecretController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'A new signing secret, shown once; for a day deliveries carry a signature by the old secret too, so the receiver can switch without losing any',
  })
  @ApiCreatedResponse({ type: NewSecretView })
  rotate(@Param('subscriptionId', ParseUUIDPipe) subscriptionId: string, @CurrentPrincipal() caller: Principal): Promise<NewSecretView> {
    return this.bus.execute(new RotateSubscriptionSecretCommand(caller, subscriptionId));
  }
}
