import type { Provider, Type } from '@nestjs/common';
import { Database } from '@safeguard/event-store';
import { Clock } from '@safeguard/platform';
import { AlertChangeFeed } from '../alerts/stream-alerts/alert-change-feed';
import { emailProviders } from './email/email.providers';
import { EndSubscriptionController } from './webhooks/end-subscription/end-subscription.controller';
import { EndSubscriptionHandler } from './webhooks/end-subscription/end-subscription.handler';
import { ListDeliveriesController } from './webhooks/list-deliveries/list-deliveries.controller';
import { ListDeliveriesHandler } from './webhooks/list-deliveries/list-deliveries.handler';
import { ListSubscriptionsController } from './webhooks/list-subscriptions/list-subscriptions.controller';
import { ListSubscriptionsHandler } from './webhooks/list-subscriptions/list-subscriptions.handler';
import { RedeliverController } from './webhooks/redeliver/redeliver.controller';
import { RedeliverHandler } from './webhooks/redeliver/redeliver.handler';
import { RotateSubscriptionSecretController } from './webhooks/rotate-subscription-secret/rotate-subscription-secret.controller';
import { RotateSubscriptionSecretHandler } from './webhooks/rotate-subscription-secret/rotate-subscription-secret.handler';
import { SubscribeController } from './webhooks/subscribe/subscribe.controller';
import { SubscribeHandler } from './webhooks/subscribe/subscribe.handler';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhookSubscriptions } from './webhooks/webhook-subscriptions';
import { WhoWasToldController } from './who-was-told/who-was-told.controller';
import { WhoWasToldHandler } from './who-was-told/who-was-told.handler';

export const NOTIFICATION_CONTROLLERS: Type[] = [
  SubscribeController,
  ListSubscriptionsController,
  EndSubscriptionController,
  RotateSubscriptionSecretController,
  ListDeliveriesController,
  RedeliverController,
  WhoWasToldController,
];

/**
 * Webhook subscriptions and their use cases, who was told of an alert, and the dispatchers that
 * write and send webhooks and emails: those only where the service follows the agencies (not in
 * a rebuild or a what-if, whose alert changes are nobody's news).
 */
export function notificationProviders(dispatching: boolean): Provider[] {
  return [
    WebhookSubscriptions,
    SubscribeHandler,
    ListSubscriptionsHandler,
    EndSubscriptionHandler,
    RotateSubscriptionSecretHandler,
    ListDeliveriesHandler,
    RedeliverHandler,
    WhoWasToldHandler,
    {
      provide: WebhookDispatcher,
      inject: [Database, AlertChangeFeed, Clock],
      useFactory: (db: Database, feed: AlertChangeFeed, clock: Clock) => new WebhookDispatcher(db, feed, clock, { dispatching }),
    },
    ...emailProviders(dispatching),
  ];
}
