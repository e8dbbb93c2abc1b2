import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Database } from '@safeguard/event-store';
import { Clock, SystemClock } from './clock';
import { ReadinessChecks, type ReadinessCheck } from './readiness-checks';
import { RUNTIME_CONFIG, type RuntimeConfig } from './runtime-config';

/** Set by the messaging module in Kafka mode: the broker answers a metadata request. */
export const BROKER_READINESS = Symbol('BROKER_READINESS');

/** What every service's process has: its configuration (read once), a clock, readiness checks. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: RUNTIME_CONFIG, useValue: config },
        { provide: Clock, useClass: SystemClock },
        {
          provide: ReadinessChecks,
          inject: [Database, { token: BROKER_READINESS, optional: true }],
          useFactory: (db: Database, broker?: ReadinessCheck) =>
            new ReadinessChecks([{ name: 'database', check: async () => void (await db.query('SELECT 1')) }, ...(broker ? [broker] : [])]),
        },
      ],
      exports: [RUNTIME_CONFIG, Clock, ReadinessChecks],
    };
  }
}
