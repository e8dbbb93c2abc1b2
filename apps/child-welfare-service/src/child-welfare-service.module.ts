import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { UnitRegistry } from '@safeguard/units';
import { KafkaConnection, MessagingModule } from '@safeguard/messaging';
import {
  AccessLogModule,
  Clock,
  HealthController,
  PersistenceModule,
  RateLimitModule,
  RUNTIME_CONFIG,
  RuntimeModule,
  UnitsModule,
  UseCaseModule,
  type RuntimeConfig,
} from '@safeguard/platform';
import { AlertVisibility } from './alerts/alert-visibility';
import { childWelfareHandlers } from './child-welfare.use-cases';
import { AccessLog1764220000000 } from './access-log.migration';
import { ChildAccessLogController } from './journeys/child-access-log/child-access-log.controller';
import { AcknowledgeAlertController } from './alerts/acknowledge-alert/acknowledge-alert.controller';
import { AlertBook, DEFAULT_REPORTING_GRACE_MINUTES } from './alerts/alert-book';
import { ListAlertsController } from './alerts/list-alerts/list-alerts.controller';
import { ResolveAlertController } from './alerts/resolve-alert/resolve-alert.controller';
import { AlertChangeFeed } from './alerts/stream-alerts/alert-change-feed';
import { StreamAlertsController } from './alerts/stream-alerts/stream-alerts.controller';
import { AlertEscalation1764160000000 } from './alert-escalation.migration';
import { AlertLifecycle1764140000000 } from './alert-lifecycle.migration';
import { ChildJourneys1764130000000 } from './child-journeys.migration';
import { ChildWelfare1764115300000 } from './child-welfare.migration';
import { CHILD_WELFARE_CONSUMER, ChildWelfareInbox } from './inbox/child-welfare-inbox';
import { DeadlineSweeper } from './deadline-sweep/deadline-sweeper';
import { GetFacilityController } from './facilities/get-facility/get-facility.controller';
import { ListFacilitiesController } from './facilities/list-facilities/list-facilities.controller';
import { GetIndicatorsController } from './indicators/get-indicators/get-indicators.controller';
import { IndicatorBook } from './indicators/indicator-book';
import { PersonIndicators1764150000000 } from './indicators.migration';
import { FactsRecordingUnit1764170000000 } from './facts-recording-unit.migration';
import { FactsAtCurrentSchema1764180000000 } from './facts-at-current-schema.migration';
import { DeadlineCausation1764190000000 } from './deadline-causation.migration';
import { DeadlineReportingGrace1764200000000 } from './deadline-reporting-grace.migration';
import { AlertWithdrawal1764210000000 } from './alert-withdrawal.migration';
import { AlertsByPerson1764230000000 } from './alerts-by-person.migration';
import { ProcessedEventsInFacts1764240000000 } from './processed-events-in-facts.migration';
import { GetChildController } from './journeys/get-child/get-child.controller';
import { GetParentController } from './journeys/get-parent/get-parent.controller';
import { JourneyBook } from './journeys/journey-book';
import { ListChildrenController } from './journeys/list-children/list-children.controller';
import { DashboardModule } from './dashboard/dashboard.module';
import { ProjectionRebuild, rebuildOptionsFromEnv } from './rebuild/projection-rebuild';
import {
  AGENCY_TOPICS,
  agencyEventsSubscription,
  CONSUMER_GROUP,
  FOLLOW_AGENCIES,
  PUBLISHED_AGENCY_TOPICS,
  SubscriptionLifecycle,
} from './inbox/subscription.providers';
import { cambodiaPolicy, policyFromEnv, SAFEGUARD_POLICY, type SafeguardPolicy } from './safeguards/policy';
import { GetJurisdictionController } from './jurisdiction/get-jurisdiction/get-jurisdiction.controller';
import { ListPoliciesController } from './policies/list-policies/list-policies.controller';
import { PolicyComparisonController } from './policies/policy-comparison/policy-comparison.controller';
import { PolicyComparisons1764250000000 } from './policies/policy-comparisons.migration';
import { NOTIFICATION_CONTROLLERS, notificationProviders } from './notifications/notifications.providers';
import { Webhooks1764260000000 } from './notifications/webhooks/webhooks.migration';
import { AlertEmails1764270000000 } from './notifications/email/email.migration';

export const CHILD_WELFARE_SERVICE = { name: 'child-welfare-service', schema: 'child_welfare', source: '/safeguard/child-welfare-service' } as const;
export { SAFEGUARD_POLICY };

/** The service's read-model migrations, in order (after the event store's own). */
export const CHILD_WELFARE_MIGRATIONS = [
  ChildWelfare1764115300000,
  ChildJourneys1764130000000,
  AlertLifecycle1764140000000,
  PersonIndicators1764150000000,
  AlertEscalation1764160000000,
  FactsRecordingUnit1764170000000,
  FactsAtCurrentSchema1764180000000,
  DeadlineCausation1764190000000,
  DeadlineReportingGrace1764200000000,
  AlertWithdrawal1764210000000,
  AccessLog1764220000000,
  AlertsByPerson1764230000000,
  ProcessedEventsInFacts1764240000000,
  PolicyComparisons1764250000000,
  Webhooks1764260000000,
  AlertEmails1764270000000,
];

export interface ChildWelfareOptions {
  readonly policy?: SafeguardPolicy;
  /** How often the deadline sweeper looks for passed deadlines. */
  readonly sweepIntervalMs?: number;
  /** The Kafka consumer group; a test uses its own to read the topics from the start. */
  readonly consumerGroup?: string;
  /** False for one-off jobs such as the rebuild: no live subscription, no deadline sweeper. */
  readonly followAgencies?: boolean;
  /** Topics to follow in place of the agencies' published ones: a test's shuffled replay of them. */
  readonly agencyTopics?: readonly string[];
  /** How long a deadline armed already passed waits for the rest of an agency's batch (default 15; env SAFEGUARD_REPORTING_GRACE_MINUTES). */
  readonly reportingGraceMinutes?: number;
}

function reportingGraceFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SAFEGUARD_REPORTING_GRACE_MINUTES;
  if (raw === undefined || raw === '') return DEFAULT_REPORTING_GRACE_MINUTES;
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60)
    throw new Error(`SAFEGUARD_REPORTING_GRACE_MINUTES must be whole minutes from 0 to 1440, got "${raw}"`);
  return minutes;
}

/** Follows the agencies' events, watches the safeguards owed to children, raises alerts. */
@Module({})
export class ChildWelfareServiceModule {
  static forRoot(config: RuntimeConfig, options: ChildWelfareOptions = {}): DynamicModule {
    return {
      module: ChildWelfareServiceModule,
      imports: [
        RuntimeModule.forRoot(config),
        UnitsModule,
        AuthModule,
        // After AuthModule: its guard names the caller the rate limits count.
        RateLimitModule,
        PersistenceModule.forService({
          schema: CHILD_WELFARE_SERVICE.schema,
          source: CHILD_WELFARE_SERVICE.source,
          migrations: CHILD_WELFARE_MIGRATIONS,
        }),
        MessagingModule.forService({ clientId: CHILD_WELFARE_SERVICE.name, config }),
        AccessLogModule,
        UseCaseModule.forService({ visibility: AlertVisibility }),
        DashboardModule,
      ],
      // The stream before the list, so GET /alerts/stream is not taken for GET /alerts/:alertId.
      controllers: [
        HealthController,
        GetJurisdictionController,
        StreamAlertsController,
        ListAlertsController,
        AcknowledgeAlertController,
        ResolveAlertController,
        ListChildrenController,
        GetChildController,
        ChildAccessLogController,
        GetParentController,
        GetIndicatorsController,
        ListFacilitiesController,
        GetFacilityController,
        ListPoliciesController,
        PolicyComparisonController,
        ...NOTIFICATION_CONTROLLERS,
      ],
      providers: [
        ...childWelfareHandlers,
        ...notificationProviders(options.followAgencies ?? true),
        { provide: SAFEGUARD_POLICY, useValue: options.policy ?? policyFromEnv(cambodiaPolicy) },
        {
          provide: AlertBook,
          inject: [EventStore],
          useFactory: (store: EventStore) => new AlertBook(store, options.reportingGraceMinutes ?? reportingGraceFromEnv()),
        },
        {
          provide: AlertChangeFeed,
          inject: [EventStore, UnitRegistry],
          useFactory: (store: EventStore, units: UnitRegistry) => new AlertChangeFeed(store, units),
        },
        { provide: JourneyBook, inject: [EventStore], useFactory: (store: EventStore) => new JourneyBook(store) },
        { provide: IndicatorBook, useFactory: () => new IndicatorBook() },
        {
          provide: ChildWelfareInbox,
          inject: [EventStore, AlertBook, JourneyBook, SAFEGUARD_POLICY, Clock, IndicatorBook],
          useFactory: (store: EventStore, book: AlertBook, journeys: JourneyBook, policy: SafeguardPolicy, clock: Clock, indicators: IndicatorBook) =>
            new ChildWelfareInbox(store, book, journeys, policy, clock, indicators),
        },
        {
          provide: DeadlineSweeper,
          inject: [EventStore, AlertBook, SAFEGUARD_POLICY, Clock],
          useFactory: (store: EventStore, book: AlertBook, policy: SafeguardPolicy, clock: Clock) =>
            new DeadlineSweeper(store, book, policy, clock, options.sweepIntervalMs ?? 1_000),
        },
        { provide: CONSUMER_GROUP, useValue: options.consumerGroup ?? process.env.SAFEGUARD_CONSUMER_GROUP ?? CHILD_WELFARE_CONSUMER },
        { provide: FOLLOW_AGENCIES, useValue: options.followAgencies ?? true },
        { provide: AGENCY_TOPICS, useValue: options.agencyTopics ?? PUBLISHED_AGENCY_TOPICS },
        agencyEventsSubscription,
        SubscriptionLifecycle,
        {
          provide: ProjectionRebuild,
          inject: [RUNTIME_CONFIG, EventStore, ChildWelfareInbox, DeadlineSweeper, Clock, AGENCY_TOPICS, { token: KafkaConnection, optional: true }],
          useFactory: (
            config: RuntimeConfig,
            store: EventStore,
            inbox: ChildWelfareInbox,
            sweeper: DeadlineSweeper,
            clock: Clock,
            topics: readonly string[],
            kafka?: KafkaConnection,
          ) => new ProjectionRebuild(config, store, inbox, sweeper, clock, topics, kafka, rebuildOptionsFromEnv()),
        },
      ],
    };
  }
}
