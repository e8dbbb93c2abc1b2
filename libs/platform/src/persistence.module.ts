import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { storeContracts } from '@safeguard/contracts';
import { Database, EventStore, eventStoreMigration, type InlineProjection } from '@safeguard/event-store';
import type { MigrationInterface } from 'typeorm';
import { IdempotentRequests } from './idempotency';
import { StreamCommands } from './stream-commands';
import { RUNTIME_CONFIG, type RuntimeConfig } from './runtime-config';

export interface PersistenceOptions {
  /** The service's own PostgreSQL schema. */
  readonly schema: string;
  /** CloudEvents `source` of the events this service records. */
  readonly source: string;
  /** The service's read-model migrations, run after the event store's own. */
  readonly migrations?: Array<new () => MigrationInterface>;
  /** Read models written in the same transaction as the events. */
  readonly inlineProjections?: readonly InlineProjection[];
}

class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly db: Database) {}
  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}

/** A service's database (migrated at start-up, closed at shutdown) and its event store. */
@Module({})
export class PersistenceModule {
  static forService(options: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      providers: [
        {
          provide: Database,
          inject: [RUNTIME_CONFIG],
          useFactory: (config: RuntimeConfig) =>
            Database.connect(config.database, options.schema, [eventStoreMigration(options.schema), ...(options.migrations ?? [])]),
        },
        {
          provide: EventStore,
          inject: [Database, RUNTIME_CONFIG],
          useFactory: (db: Database, config: RuntimeConfig) =>
            new EventStore(db, {
              schema: options.schema,
              source: options.source,
              outbox: config.transport.kind === 'kafka',
              inlineProjections: options.inlineProjections,
              contracts: storeContracts,
            }),
        },
        DatabaseCloser,
        IdempotentRequests,
        StreamCommands,
      ],
      exports: [Database, EventStore, IdempotentRequests, StreamCommands],
    };
  }
}
