import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { Topics } from '@safeguard/contracts';
import { Database } from '@safeguard/event-store';
import { KafkaConnection, KafkaSubscription, type GroupMembership } from '@safeguard/messaging';
import { ReadinessChecks, RUNTIME_CONFIG, type RuntimeConfig } from '@safeguard/platform';
import { agencyLogSubscriptions } from './agency-logs';
import { CHILD_WELFARE_CONSUMER, ChildWelfareInbox } from './child-welfare-inbox';
import { DeadlineSweeper } from '../deadline-sweep/deadline-sweeper';

export interface Subscription {
  /** Returns once following has begun; in Kafka mode the group join goes on in the background. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Why the service cannot yet follow the agencies, or undefined when it does. */
  notFollowingBecause(): string | undefined;
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
  useFactory: (
    config: RuntimeConfig,
    inbox: ChildWelfareInbox,
    db: Database,
    groupId: string,
    topics: readonly string[],
    kafka?: KafkaConnection,
  ): Subscription => {
    if (config.transport.kind === 'kafka') {
      if (!kafka) throw new Error('the Kafka transport needs the KafkaConnection MessagingModule provides');
      const subscription = new KafkaSubscription(kafka, inbox.handle, {
        groupId,
        topics,
        deadLetterTopic: Topics.childWelfareDeadLetter,
        batchHandler: inbox.handleBatch,
      });
      return {
        start: () => subscription.start(),
        stop: () => subscription.stop(),
        notFollowingBecause: () => membershipProblem(groupId, subscription.membership()),
      };
    }
    const logs = agencyLogSubscriptions(db, inbox, CHILD_WELFARE_CONSUMER);
    let started = false;
    return {
      start: async () => {
        await Promise.all(logs.map((l) => l.start()));
        started = true;
      },
      stop: async () => {
        started = false;
        await Promise.all(logs.map((l) => l.stop()));
      },
      notFollowingBecause: () => (started ? undefined : "not following the agencies' logs"),
    };
  },
};

/** What `/health/ready` says of a consumer group membership; undefined once joined. */
export function membershipProblem(groupId: string, membership: GroupMembership): string | undefined {
  switch (membership.state) {
    case 'joined':
      return undefined;
    case 'joining':
      return `joining consumer group ${groupId} since ${membership.since}`;
    case 'stopped':
      return `not a member of consumer group ${groupId}`;
  }
}

/**
 * Starts following the agencies once the app is up; drains before the database closes. The
 * service is ready only while it follows them: a monitor reading alerts from an instance that is
 * still joining its group would read a board that is falling behind.
 */
@Injectable()
export class SubscriptionLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(AGENCY_EVENTS_SUBSCRIPTION) private readonly subscription: Subscription,
    @Inject(DeadlineSweeper) private readonly sweeper: DeadlineSweeper,
    @Inject(FOLLOW_AGENCIES) private readonly follow: boolean,
    @Inject(ReadinessChecks) readiness: ReadinessChecks,
  ) {
    if (follow) {
      readiness.add({
        name: 'agency-events',
        check: () => {
          const problem = subscription.notFollowingBecause();
          return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
        },
      });
    }
  }

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
