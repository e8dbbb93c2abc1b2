import type { DynamicModule, INestApplication, LogLevel } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Database } from '@safeguard/event-store';
import { Clock, configureHttpApp, type RuntimeConfig } from '@safeguard/platform';

/** PGlite in memory and the database log: a service with nothing outside this process. */
export const EMBEDDED_CONFIG: RuntimeConfig = { database: { kind: 'pglite', dataDir: 'memory://' }, transport: { kind: 'database-log' } };

export interface ServiceAppOptions {
  /** Replaces the service's clock, so a test can set the time. */
  readonly clock?: Clock;
  /** The title of its OpenAPI document. */
  readonly title?: string;
  /** Nest's logging: none unless asked for. */
  readonly logger?: false | LogLevel[];
}

/** One service's Nest app, started over HTTP as in production, with what its tests use of it. */
export interface ServiceApp {
  readonly app: INestApplication;
  readonly db: Database;
  http(): ReturnType<typeof request>;
  /** How many events the service has stored in its schema's events table. */
  eventCount(schema: string): Promise<number>;
  close(): Promise<void>;
}

export async function startServiceApp(module: DynamicModule, options: ServiceAppOptions = {}): Promise<ServiceApp> {
  let builder = Test.createTestingModule({ imports: [module] });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  const app = (await builder.compile()).createNestApplication({ logger: options.logger ?? false });
  configureHttpApp(app, { title: options.title ?? 'test', description: 'test' });
  await app.init();
  const db = app.get(Database);
  return {
    app,
    db,
    http: () => request(app.getHttpServer()),
    eventCount: async (schema) => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.events`))[0].n),
    close: () => app.close(),
  };
}
