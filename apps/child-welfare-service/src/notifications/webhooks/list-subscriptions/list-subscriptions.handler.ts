import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Principal } from '@safeguard/auth';
import { WebhookSubscriptions } from '../webhook-subscriptions';
import type { SubscriptionView } from '../webhook.views';

export class ListSubscriptionsQuery extends Query<SubscriptionView[]> {
  constructor(readonly caller: Pick<Principal, 'credentialId'>) {
    super();
  }
}

@QueryHandler(ListSubscriptionsQuery)
export class ListSubscriptionsHandler implements IQueryHandler<ListSubscriptionsQuery> {
  constructor(@Inject(WebhookSubscriptions) private readonly subscriptions: WebhookSubscriptions) {}

  execute({ caller }: ListSubscriptionsQuery): Promise<SubscriptionView[]> {
    return this.subscriptions.list(caller);
  }
}
