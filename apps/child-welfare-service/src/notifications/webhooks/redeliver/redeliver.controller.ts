import { HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import { SubscriptionsController } from '../webhook.views';
import { RedeliverCommand } from './redeliver.handler';

@SubscriptionsController('subscriptions/:subscriptionId/deliveries/:deliveryId/redelivery')
export class RedeliverController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a parked delivery again, with a fresh day of retries (422 DELIVERY.NOT_PARKED otherwise)' })
  @ApiAcceptedResponse({ description: 'Queued; its attempts appear in the delivery log' })
  redeliver(
    @Param('subscriptionId', ParseUUIDPipe) subscriptionId: string,
    @Param('deliveryId', ParseUUIDPipe) deliveryId: string,
    @CurrentPrincipal() caller: Principal,
  ): Promise<void> {
    return this.bus.execute(new RedeliverCommand(caller, subscriptionId, deliveryId));
  }
}
