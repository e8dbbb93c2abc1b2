import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { Topics } from '@safeguard/contracts';
import { Database } from '@safeguard/event-store';
import { KafkaConnection, KafkaSubscription } from '@safeguard/messaging';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@safeguard/platform';
import { agencyLogSubscriptions } from './agency-logs';
import { CHILD_WELFARE_CONSUMER, ChildWelfareInbox } from './child-welfare-inbox';
import { DeadlineSweeper } from './deadline-sweeper';

export interface Subscription {
  start(): Promise<void>;
  stop(): Promise<void>;
}
export const AGENCY_EVENTS_SUBSCRIPTION = Symbol('AGENCY_EVENTS_SUBSCRIPTION');
export const CONSUMER_GROUP = Symbol('CONSUMER_GROUP');
/** False for a one-off job (the rebuild) that must not follow the agencies or fire deadlines. */
export const FOLLOW_AGENCIES = Symbol('FOLLOW_AGENCIES');
/** The agencies' topics in Kafka mode: the published ones, or a test's replay of them. */
export const AGENCY_TOPICS = Symbol('AGENCY_TOPICS');
export const PUBLISHED_AGENCY_TOPICS: readonly string[] = [Topics.arrestEvents, Topics.courtEvents, Topics.prisonEvents];

/** Kafka topics in Kafka mode; the agencies' PostgreSQL logs in the embedded mode. Same inbox. */
export const agencyEventsSubscription: Provider = {
  provide: AGENCY_EVENTS_SUBSCRIPTION,
  inject: [RUNTIME_CONFIG, ChildWelfareInbox, Database, CONSUMER_GROUP, AGENCY_TOPICS, { token: KafkaConnection, optional: true }],
  useFactory: (config: RuntimeConfig, inbox: ChildWelfareInbox, db: Database, groupId: string, topics: readonly string[], kafka?: KafkaConnection): Subscription => {
    if (config.transport.kind === 'kafka') {
      return new KafkaSubscription(kafka!, inbox.handle, {
        groupId,
        topics,
        deadLetterTopic: Topics.childWelfareDeadLetter,
      });
    }
    const logs = agencyLogSubscriptions(db, inbox.handle, CHILD_WELFARE_CONSUMER);
    return {
      start: async () => void (await Promise.all(logs.map((l) => l.start()))),
      stop: async () => void (await Promise.all(logs.map((l) => l.stop()))),
    };
  },
};

/** Starts following the agencies once the app is up; drains before the database closes. */
@Injectable()
export class SubscriptionLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(AGENCY_EVENTS_SUBSCRIPTION) private readonly subscription: Subscription,
    @Inject(DeadlineSweeper) private readonly sweeper: DeadlineSweeper,
    @Inject(FOLLOW_AGENCIES) private readonly follow: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.follow) return;
    this.sweeper.start();
    await this.subscription.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.subscription.stop();
    await this.sweeper.stop();
  }
}
