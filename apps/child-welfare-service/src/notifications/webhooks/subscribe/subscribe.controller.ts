import { Body, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import { NewSecretView, SubscriptionsController } from '../webhook.views';
import { SubscribeDto } from './subscribe.dto';
import { SubscribeCommand } from './subscribe.handler';

@SubscriptionsController('subscriptions')
export class SubscribeController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Subscribe a receiver to alert changes (webhook)',
    description:
      'Every raise, acknowledgement, escalation, resolution and withdrawal of an alert asked for after now is POSTed to the URL, signed (Safeguard-Signature: t=…,v1=HMAC-SHA256(secret, "t.body")), ' +
      'retried with backoff for a day until a 2xx, then parked. The secret is in this answer only. See the README, Webhooks.',
  })
  @ApiCreatedResponse({ type: NewSecretView })
  subscribe(@Body() body: SubscribeDto, @CurrentPrincipal() caller: Principal): Promise<NewSecretView> {
    return this.bus.execute(new SubscribeCommand(caller, body));
  }
}
