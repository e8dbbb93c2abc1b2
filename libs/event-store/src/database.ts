import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Pool } from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { DatabaseConfig } from './database-config';
import { Mutex } from './mutex';

export type Row = Record<string, unknown>;

export interface SessionLock {
  held(): boolean;
  release(): Promise<void>;
}

/** What code inside a transaction may do. */
export interface Sql {
  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * The one door to PostgreSQL for a service: plain SQL, transactions, notifications and
 * migrations. TypeORM supplies the connection pool, the driver choice (pg or PGlite) and the
 * migration runner; the event store itself is SQL, because its guarantees are SQL's.
 *
 * PGlite is a single session shared by every query runner, so on PGlite every transaction and
 * every lone query takes a process-wide lock: otherwise one request's statements would land in
 * another's open transaction.
 */
export class Database implements Sql {
  private static readonly pgliteLock = new Mutex();
  /** Services sharing the one PGlite instance; the last to close shuts it down. */
  private static pgliteUsers = 0;

  private constructor(
    private readonly dataSource: DataSource,
    readonly config: DatabaseConfig,
  ) {}

  static async connect(config: DatabaseConfig, schema: string, migrations: Array<new () => MigrationInterface>): Promise<Database> {
    const dataSource = new DataSource({
      type: 'postgres',
      ...(config.kind === 'postgres' ? { url: config.url, extra: { max: config.poolSize } } : { driver: await pgliteDriver(config.dataDir) }),
      schema,
      migrations,
      migrationsTableName: 'migrations',
      migrationsTransactionMode: 'each',
      synchronize: false,
      logging: false,
    });
    await dataSource.initialize();
    if (config.kind === 'pglite') Database.pgliteUsers++;
    const db = new Database(dataSource, config);
    await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await db.exclusive(() => dataSource.runMigrations());
    return db;
  }

  get isEmbedded(): boolean {
    return this.config.kind === 'pglite';
  }

  async query<R extends Row = Row>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    const pool = this.pgPool();
    if (pool) return (await pool.query(prepared(text, params)).catch(unavailableOr)).rows as R[];
    return this.exclusive(() => run<R>(this.dataSource.createQueryRunner(), text, params, true));
  }

  async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const pool = this.pgPool();
    if (pool) return pgTransaction(pool, work);
    return this.exclusive(async () => {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        const result = await work({ query: (text, params = []) => run(runner, text, params, false) });
        await runner.commitTransaction();
        return result;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      } finally {
        await runner.release();
      }
    });
  }

  /**
   * Calls `onNotify` whenever `channel` is notified (after the notifying transaction commits).
   * Returns a function that stops listening.
   */
  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    if (this.config.kind === 'pglite') {
      const { getPGliteInstance } = await import('typeorm-pglite');
      const pglite = await getPGliteInstance();
      return pglite.listen(channel, onNotify);
    }
    const { Client } = await import('pg');
    const client = new Client({ connectionString: this.config.url });
    await client.connect();
    client.on('notification', onNotify);
    // A dropped listener connection must not crash the process; pollers still run on their timer.
    client.on('error', () => undefined);
    await client.query(`LISTEN "${channel}"`);
    return async () => {
      await client.end().catch(() => undefined);
    };
  }

  /**
   * Takes a session-level advisory lock on a connection of its own, without a transaction: how one
   * worker of a service (the outbox relay) stays the only one without holding a transaction open
   * while it talks to another system. Null when another session holds it. The lock ends with its
   * connection: `held()` turns false when the server ends the connection, and `release()` frees it.
   * On PGlite there is one process and one session, so the lock is always granted.
   */
  async sessionLock(name: string): Promise<SessionLock | null> {
    if (this.config.kind === 'pglite') return { held: () => true, release: () => Promise.resolve() };
    const { Client } = await import('pg');
    const client = new Client({ connectionString: this.config.url });
    let held = false;
    client.on('error', () => (held = false));
    try {
      await client.connect();
      const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [name]);
      held = rows[0].ok;
    } catch (error) {
      await client.end().catch(() => undefined);
      unavailableOr(error);
    }
    if (!held) {
      await client.end().catch(() => undefined);
      return null;
    }
    client.on('end', () => (held = false));
    return {
      held: () => held,
      release: async () => {
        held = false;
        await client.end().catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    if (this.config.kind === 'pglite' && --Database.pgliteUsers > 0) return;
    await this.dataSource.destroy();
  }

  /**
   * On PostgreSQL, statements go straight to the pg pool TypeORM opened, because named prepared
   * statements need the pg client itself (TypeORM's query runner cannot name one); they raised
   * the append rate by about 30% on this machine. TypeORM still owns the pool, the driver choice
   * and the migrations.
   */
  private pgPool(): Pool | undefined {
    if (this.config.kind !== 'postgres') return undefined;
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (pool && !this.watchedPool) {
      // An idle pooled connection terminated by the server (a restart, a failover, an operator's
      // pg_terminate_backend) is reported here; without a listener pg would crash the process.
      // The pool drops that client and opens a new one on the next checkout.
      pool.on('error', () => undefined);
      this.watchedPool = true;
    }
    return pool;
  }

  private watchedPool = false;

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.config.kind === 'pglite' ? Database.pgliteLock.run(work) : work();
  }
}

/**
 * A named (server-side prepared) statement: the event store's statements are few and run
 * constantly, and planning the append's CTE cost more than executing it.
 */
const statementNames = new Map<string, string>();
const MAX_PREPARED_STATEMENTS = 256;
function prepared(text: string, params: readonly unknown[]): { name?: string; text: string; values: unknown[] } {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_PREPARED_STATEMENTS) {
    name = `sg_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return { name, text, values: params as unknown[] };
}

async function pgTransaction<T>(pool: Pool, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect().catch(unavailableOr);
  let broken: unknown;
  // A checked-out client has lost the pool's idle listener: if the server ends this connection
  // while the transaction waits between statements, pg emits 'error' here, and an 'error' with no
  // listener kills the process. The statement in flight (or the next) fails instead, and with it
  // this one request or message.
  const onError = (error: Error) => (broken = error);
  client.on('error', onError);
  try {
    await client.query('BEGIN').catch(unavailableOr);
    const result = await work({
      query: async <R extends Row>(text: string, params: readonly unknown[] = []) =>
        (await client.query(prepared(text, params)).catch(unavailableOr)).rows as R[],
    });
    await client.query('COMMIT').catch(unavailableOr);
    return result;
  } catch (error) {
    if (!broken) await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
    throw error;
  } finally {
    client.off('error', onError);
    // A connection that broke or could not even roll back is discarded rather than reused.
    client.release(
      broken === undefined
        ? undefined
        : broken instanceof Error
          ? broken
          : new Error('the connection broke or could not roll back', { cause: broken }),
    );
  }
}

/**
 * The database cannot be reached now (the connection was refused, terminated or timed out): the
 * caller may retry, and nothing of the failed transaction was stored. HTTP answers 503; a consumer
 * retries it as an outage. Carries SQLSTATE class 08 (connection exception) for that reason.
 */
export class DatabaseUnavailable extends Error {
  readonly code = '08006';
  constructor(cause: unknown) {
    super(`the database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DatabaseUnavailable';
  }
}

const LOST_CONNECTION =
  /connection terminated|connection timeout|timeout exceeded when trying to connect|client has encountered a connection error|not queryable|connection ended/i;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** Rethrows a lost connection as DatabaseUnavailable, anything else as it came. */
function unavailableOr(error: unknown): never {
  const state = sqlState(error);
  const code = (error as { code?: unknown } | null | undefined)?.code;
  const lost =
    (state !== undefined && /^(08|57P0[123])/.test(state)) ||
    (typeof code === 'string' && NETWORK_CODES.has(code)) ||
    (error instanceof Error && LOST_CONNECTION.test(error.message));
  throw lost && !(error instanceof DatabaseUnavailable) ? new DatabaseUnavailable(error) : error;
}

async function run<R extends Row>(runner: QueryRunner, text: string, params: readonly unknown[], release: boolean): Promise<R[]> {
  try {
    const result = await runner.query(text, params as unknown[], true);
    // TypeORM hands back the driver's rows, an empty list for a statement that returns none (pg and PGlite alike).
    return result.records as R[];
  } finally {
    if (release) await runner.release();
  }
}

async function pgliteDriver(dataDir: string): Promise<unknown> {
  const { PGliteDriver } = await import('typeorm-pglite');
  if (dataDir === 'memory://') return new PGliteDriver({}).driver;
  mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  return new PGliteDriver({ dataDir }).driver;
}

/** The SQLSTATE of a failed query, whether it came through pg, PGlite or TypeORM's wrapper. */
export function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}
