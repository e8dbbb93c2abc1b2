import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Principal } from '@safeguard/auth';
import { WebhookSubscriptions, type DeliveryStatus } from '../webhook-subscriptions';
import type { DeliveryPage } from '../webhook.views';

export class ListDeliveriesQuery extends Query<DeliveryPage> {
  constructor(
    readonly caller: Pick<Principal, 'credentialId'>,
    readonly subscriptionId: string,
    readonly status: DeliveryStatus | undefined,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}

@QueryHandler(ListDeliveriesQuery)
export class ListDeliveriesHandler implements IQueryHandler<ListDeliveriesQuery> {
  constructor(@Inject(WebhookSubscriptions) private readonly subscriptions: WebhookSubscriptions) {}

  execute({ caller, subscriptionId, status, limit, offset }: ListDeliveriesQuery): Promise<DeliveryPage> {
    return this.subscriptions.deliveries(caller, subscriptionId, status, limit, offset);
  }
}
