import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Principal } from '@safeguard/auth';
import { Clock } from '@safeguard/platform';
import { WebhookDispatcher } from '../webhook-dispatcher';
import { WebhookSubscriptions } from '../webhook-subscriptions';

export class RedeliverCommand extends Command<void> {
  constructor(
    readonly caller: Pick<Principal, 'credentialId'>,
    readonly subscriptionId: string,
    readonly deliveryId: string,
  ) {
    super();
  }
}

@CommandHandler(RedeliverCommand)
export class RedeliverHandler implements ICommandHandler<RedeliverCommand> {
  constructor(
    @Inject(WebhookSubscriptions) private readonly subscriptions: WebhookSubscriptions,
    @Inject(WebhookDispatcher) private readonly dispatcher: WebhookDispatcher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute({ caller, subscriptionId, deliveryId }: RedeliverCommand): Promise<void> {
    await this.subscriptions.redeliver(caller, subscriptionId, deliveryId, this.clock.now());
    this.dispatcher.wake();
  }
}
