import type { Provider, Type } from '@nestjs/common';
import { Database } from '@safeguard/event-store';
import { Clock } from '@safeguard/platform';
import { AlertChangeFeed } from '../../alerts/stream-alerts/alert-change-feed';
import { EndSubscriptionController } from './end-subscription/end-subscription.controller';
import { EndSubscriptionHandler } from './end-subscription/end-subscription.handler';
import { ListDeliveriesController } from './list-deliveries/list-deliveries.controller';
import { ListDeliveriesHandler } from './list-deliveries/list-deliveries.handler';
import { ListSubscriptionsController } from './list-subscriptions/list-subscriptions.controller';
import { ListSubscriptionsHandler } from './list-subscriptions/list-subscriptions.handler';
import { RedeliverController } from './redeliver/redeliver.controller';
import { RedeliverHandler } from './redeliver/redeliver.handler';
import { RotateSubscriptionSecretController } from './rotate-subscription-secret/rotate-subscription-secret.controller';
import { RotateSubscriptionSecretHandler } from './rotate-subscription-secret/rotate-subscription-secret.handler';
import { SubscribeController } from './subscribe/subscribe.controller';
import { SubscribeHandler } from './subscribe/subscribe.handler';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookSubscriptions } from './webhook-subscriptions';

export const WEBHOOK_CONTROLLERS: Type[] = [
  SubscribeController,
  ListSubscriptionsController,
  EndSubscriptionController,
  RotateSubscriptionSecretController,
  ListDeliveriesController,
  RedeliverController,
];

/** The subscriptions, their use cases, and the dispatcher that writes and sends deliveries (only where the service follows the agencies: not in a rebuild). */
export function webhookProviders(dispatching: boolean): Provider[] {
  return [
    WebhookSubscriptions,
    SubscribeHandler,
    ListSubscriptionsHandler,
    EndSubscriptionHandler,
    RotateSubscriptionSecretHandler,
    ListDeliveriesHandler,
    RedeliverHandler,
    {
      provide: WebhookDispatcher,
      inject: [Database, AlertChangeFeed, Clock],
      useFactory: (db: Database, feed: AlertChangeFeed, clock: Clock) => new WebhookDispatcher(db, feed, clock, { dispatching }),
    },
  ];
}
