import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '@safeguard/auth';
import { Clock } from '@safeguard/platform';
import { WebhookSubscriptions } from '../webhook-subscriptions';
import type { SubscriptionView } from '../webhook.views';

export class EndSubscriptionCommand extends Command<SubscriptionView> {
  constructor(
    readonly caller: Pick<Principal, 'credentialId'>,
    readonly subscriptionId: string,
  ) {
    super();
  }
}

@CommandHandler(EndSubscriptionCommand)
export class EndSubscriptionHandler implements ICommandHandler<EndSubscriptionCommand> {
  constructor(
    @Inject(WebhookSubscriptions) private readonly subscriptions: WebhookSubscriptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute({ caller, subscriptionId }: EndSubscriptionCommand): Promise<SubscriptionView> {
    return this.subscriptions.end(caller, subscriptionId, this.clock.now());
  }
}
