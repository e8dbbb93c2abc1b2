import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Database } from '@safeguard/event-store';
import { Clock, configureHttpApp, ManualClock, type RuntimeConfig } from '@safeguard/platform';
import { ArrestServiceModule } from '../../apps/arrest-service/src/arrest-service.module';
import { CourtServiceModule } from '../../apps/court-service/src/court-service.module';
import { PrisonServiceModule } from '../../apps/prison-service/src/prison-service.module';
import { ChildWelfareServiceModule } from '../../apps/child-welfare-service/src/child-welfare-service.module';
import { DeadlineSweeper } from '../../apps/child-welfare-service/src/inbox/deadline-sweeper';
import { TEST_KAFKA_BROKERS } from './environment';
import { createTestDatabase } from './test-database';

export type SystemMode = 'embedded' | 'kafka';

/**
 * The arrest, court, prison and child-welfare services as they run for real, in this process: PGlite and the
 * database log in the embedded mode; a fresh PostgreSQL database and the real Kafka broker in
 * Kafka mode. Only the child-welfare clock is manual, so a 3-hour deadline passes at once.
 */
export class SafeguardSystem {
  private constructor(
    readonly mode: SystemMode,
    readonly arrest: INestApplication,
    readonly court: INestApplication,
    readonly prison: INestApplication,
    readonly childWelfare: INestApplication,
    readonly clock: ManualClock,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(mode: SystemMode, clockStart: Date, options: { consumerGroup?: string } = {}): Promise<SafeguardSystem> {
    let config: RuntimeConfig;
    let drop: () => Promise<void> = async () => undefined;
    if (mode === 'embedded') {
      config = { database: { kind: 'pglite', dataDir: 'memory://' }, transport: { kind: 'database-log' } };
    } else {
      const database = await createTestDatabase();
      drop = database.drop;
      config = { database: { kind: 'postgres', url: database.url, poolSize: 10 }, transport: { kind: 'kafka', brokers: TEST_KAFKA_BROKERS } };
    }
    const clock = new ManualClock(clockStart);
    const arrest = await startApp(ArrestServiceModule.forRoot(config));
    const court = await startApp(CourtServiceModule.forRoot(config));
    const prison = await startApp(PrisonServiceModule.forRoot(config));
    const childWelfare = await startApp(
      ChildWelfareServiceModule.forRoot(config, { sweepIntervalMs: 50, consumerGroup: options.consumerGroup ?? `child-welfare-test-${Date.now()}` }),
      clock,
    );
    return new SafeguardSystem(mode, arrest, court, prison, childWelfare, clock, drop);
  }

  http(app: 'arrest' | 'court' | 'prison' | 'childWelfare') {
    return request(this[app].getHttpServer());
  }

  get childWelfareDb(): Database {
    return this.childWelfare.get(Database);
  }

  /** Fires what is due by the manual clock now, without waiting for the sweeper's own tick. */
  sweepDeadlines(): Promise<number> {
    return this.childWelfare.get(DeadlineSweeper).sweepDue();
  }

  async stop(): Promise<void> {
    await this.childWelfare.close();
    await this.prison.close();
    await this.court.close();
    await this.arrest.close();
    await this.dropDatabase();
  }
}

async function startApp(module: DynamicModule, clock?: Clock): Promise<INestApplication> {
  let builder = Test.createTestingModule({ imports: [module] });
  if (clock) builder = builder.overrideProvider(Clock).useValue(clock);
  const app = (await builder.compile()).createNestApplication({ logger: ['error', 'warn'] });
  configureHttpApp(app, { title: 'test', description: 'test' });
  await app.init();
  return app;
}
