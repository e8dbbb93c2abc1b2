import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventStore } from '@safeguard/event-store';
import { BROKER_READINESS, type ReadinessCheck, type RuntimeConfig } from '@safeguard/platform';
import { KafkaConnection } from './kafka-connection';
import { OutboxRelay } from './outbox-relay';

@Injectable()
class RelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(KafkaConnection) private readonly kafka: KafkaConnection,
  ) {}
  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
  }
  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.kafka.close();
  }
}

/**
 * In Kafka mode: the service's Kafka connection, its outbox relay and the broker readiness
 * check. In the embedded mode there is nothing to publish: readers follow the log.
 */
@Global()
@Module({})
export class MessagingModule {
  static forService(options: { clientId: string; config: RuntimeConfig }): DynamicModule {
    const transport = options.config.transport;
    if (transport.kind !== 'kafka') return { module: MessagingModule };
    return {
      module: MessagingModule,
      providers: [
        { provide: KafkaConnection, useFactory: () => new KafkaConnection(transport.brokers, options.clientId) },
        {
          provide: OutboxRelay,
          inject: [EventStore, KafkaConnection],
          useFactory: (store: EventStore, kafka: KafkaConnection) => new OutboxRelay(store, kafka),
        },
        {
          provide: BROKER_READINESS,
          inject: [KafkaConnection],
          useFactory: (kafka: KafkaConnection): ReadinessCheck => ({ name: 'kafka', check: () => kafka.ping() }),
        },
        RelayLifecycle,
      ],
      exports: [KafkaConnection, OutboxRelay, BROKER_READINESS],
    };
  }
}
