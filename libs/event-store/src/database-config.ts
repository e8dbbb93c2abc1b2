/**
 * Where the data lives. With `DATABASE_URL` the service talks to PostgreSQL over the wire;
 * without it, to PGlite (PostgreSQL compiled to WASM) inside the process, keeping its files in
 * `SAFEGUARD_DATA_DIR` (or only in memory with `memory://`).
 */
export type DatabaseConfig =
  { readonly kind: 'postgres'; readonly url: string; readonly poolSize: number } | { readonly kind: 'pglite'; readonly dataDir: string };

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) {
    return { kind: 'postgres', url: env.DATABASE_URL, poolSize: positiveInt(env.DATABASE_POOL_SIZE, 10) };
  }
  return { kind: 'pglite', dataDir: env.SAFEGUARD_DATA_DIR ?? '.data/pglite' };
}

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive integer, got "${value}"`);
  return n;
}
