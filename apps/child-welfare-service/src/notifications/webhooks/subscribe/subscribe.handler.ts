import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '@safeguard/auth';
import { Clock } from '@safeguard/platform';
import { receiverUrl, subscriptionFilterFor } from '../subscription-terms';
import { WebhookSubscriptions } from '../webhook-subscriptions';
import type { NewSecretView } from '../webhook.views';
import type { SubscribeDto } from './subscribe.dto';

export class SubscribeCommand extends Command<NewSecretView> {
  constructor(
    readonly caller: Principal,
    readonly body: SubscribeDto,
  ) {
    super();
  }
}

/** SAFEGUARD_WEBHOOKS_ALLOW_HTTP=1: receivers on plain HTTP are accepted (development, tests on one machine). */
export const WEBHOOKS_ALLOW_HTTP = 'SAFEGUARD_WEBHOOKS_ALLOW_HTTP';

@CommandHandler(SubscribeCommand)
export class SubscribeHandler implements ICommandHandler<SubscribeCommand> {
  constructor(
    @Inject(WebhookSubscriptions) private readonly subscriptions: WebhookSubscriptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute({ caller, body }: SubscribeCommand): Promise<NewSecretView> {
    const url = receiverUrl(body.url, process.env[WEBHOOKS_ALLOW_HTTP] === '1');
    return this.subscriptions.subscribe(caller, url, subscriptionFilterFor(caller, body), this.clock.now());
  }
}
