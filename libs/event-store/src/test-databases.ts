import { randomBytes } from 'node:crypto';
import type { DatabaseConfig } from './database-config';

/**
 * The databases the integration tests run against. PostgreSQL is the real one (the README's
 * test command starts it); each test suite gets its own schema so suites never share state.
 */
export function testPostgresConfig(): DatabaseConfig {
  return { kind: 'postgres', url: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', poolSize: 10 };
}

export function testPgliteConfig(): DatabaseConfig {
  return { kind: 'pglite', dataDir: 'memory://' };
}

export function uniqueSchema(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}
