import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { Database } from '@safeguard/event-store';
import { Clock, ManualClock, type RuntimeConfig } from '@safeguard/platform';
import { ArrestServiceModule } from '../../apps/arrest-service/src/arrest-service.module';
import { CourtServiceModule } from '../../apps/court-service/src/court-service.module';
import { PrisonServiceModule } from '../../apps/prison-service/src/prison-service.module';
import { ChildWelfareServiceModule } from '../../apps/child-welfare-service/src/child-welfare-service.module';
import { DeadlineSweeper } from '../../apps/child-welfare-service/src/deadline-sweep/deadline-sweeper';
import { TEST_KAFKA_BROKERS } from './environment';
import { eventually } from './eventually';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from './service-app';
import { createTestDatabase } from './test-database';

export type SystemMode = 'embedded' | 'kafka';
type ServiceName = 'arrest' | 'court' | 'prison' | 'childWelfare';

/**
 * The arrest, court, prison and child-welfare services as they run for real, in this process: PGlite and the
 * database log in the embedded mode; a fresh PostgreSQL database and the real Kafka broker in
 * Kafka mode. Only the child-welfare clock is manual, so a 3-hour deadline passes at once.
 */
export class SafeguardSystem {
  private constructor(
    readonly mode: SystemMode,
    private readonly services: Record<ServiceName, ServiceApp>,
    readonly clock: ManualClock,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(mode: SystemMode, clockStart: Date, options: { consumerGroup?: string } = {}): Promise<SafeguardSystem> {
    let config: RuntimeConfig;
    let drop: () => Promise<void> = async () => undefined;
    if (mode === 'embedded') {
      config = EMBEDDED_CONFIG;
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
    // As an orchestrator would: traffic once the child-welfare service says it follows the agencies.
    await eventually(
      async () => ((await childWelfare.http().get('/health/ready')).status === 200 ? true : undefined),
      'the child-welfare service to be ready',
      60_000,
      100,
    );
    return new SafeguardSystem(mode, { arrest, court, prison, childWelfare }, clock, drop);
  }

  get arrest(): INestApplication {
    return this.services.arrest.app;
  }

  get court(): INestApplication {
    return this.services.court.app;
  }

  get prison(): INestApplication {
    return this.services.prison.app;
  }

  get childWelfare(): INestApplication {
    return this.services.childWelfare.app;
  }

  http(app: ServiceName) {
    return this.services[app].http();
  }

  get childWelfareDb(): Database {
    return this.services.childWelfare.db;
  }

  /**
   * Fires everything due by the manual clock now, without waiting for the sweeper's own tick. A
   * sweep takes a batch of people, oldest deadline first; in Kafka mode the topics also hold other
   * suites' history, whose due deadlines may fill the first batches, so it sweeps until none is left.
   */
  async sweepDeadlines(): Promise<number> {
    const sweeper = this.childWelfare.get(DeadlineSweeper);
    let fired = 0;
    for (let batch = await sweeper.sweepDue(); batch > 0; batch = await sweeper.sweepDue()) fired += batch;
    return fired;
  }

  async stop(): Promise<void> {
    await this.services.childWelfare.close();
    await this.services.prison.close();
    await this.services.court.close();
    await this.services.arrest.close();
    await this.dropDatabase();
  }
}

function startApp(module: DynamicModule, clock?: Clock): Promise<ServiceApp> {
  return startServiceApp(module, { clock, logger: ['error', 'warn'] });
}
