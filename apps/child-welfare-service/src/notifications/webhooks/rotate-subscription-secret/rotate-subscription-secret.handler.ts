import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '@safeguard/auth';
import { Clock } from '@safeguard/platform';
import { WebhookSubscriptions } from '../webhook-subscriptions';
import type { NewSecretView } from '../webhook.views';

export class RotateSubscriptionSecretCommand extends Command<NewSecretView> {
  constructor(
    readonly caller: Pick<Principal, 'credentialId'>,
    readonly subscriptionId: string,
  ) {
    super();
  }
}

@CommandHandler(RotateSubscriptionSecretCommand)
export class RotateSubscriptionSecretHandler implements ICommandHandler<RotateSubscriptionSecretCommand> {
  constructor(
    @Inject(WebhookSubscriptions) private readonly subscriptions: WebhookSubscriptions,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute({ caller, subscriptionId }: RotateSubscriptionSecretCommand): Promise<NewSecretView> {
    return this.subscriptions.rotateSecret(caller, subscriptionId, this.clock.now());
  }
}
