import { databaseConfigFromEnv, type DatabaseConfig } from '@safeguard/event-store';
import { requestLimitsFromEnv, type RequestLimits } from './limits/request-limits';

/**
 * How a service runs, read once at start-up. With `KAFKA_BROKERS` events travel through Kafka
 * (outbox relay → topics → consumers); without it, the embedded mode, consumers follow the
 * recording service's PostgreSQL log directly.
 */
export interface RuntimeConfig {
  readonly database: DatabaseConfig;
  readonly transport: { readonly kind: 'kafka'; readonly brokers: readonly string[] } | { readonly kind: 'database-log' };
  /** Rate limits and stream caps; without them, `DEFAULT_REQUEST_LIMITS`. */
  readonly limits?: RequestLimits;
}

export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  return {
    database: databaseConfigFromEnv(env),
    transport: brokers.length > 0 ? { kind: 'kafka', brokers } : { kind: 'database-log' },
    limits: requestLimitsFromEnv(env),
  };
}

export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');

export function portFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a TCP port, got "${raw}"`);
  return port;
}
