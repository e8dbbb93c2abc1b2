import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A database of its own on the live server, for one what-if replay; dropped afterwards. */
export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database beside the live one (same server, same credentials). A database, not
 * a schema: the service's SQL names its `child_welfare` schema in every statement, so a scratch
 * schema of another name would need every statement rewritten, while a database of its own runs
 * the same migrations and the same statements untouched and cannot reach the live tables.
 */
export async function createScratchDatabase(liveUrl: string): Promise<ScratchDatabase> {
  const name = `safeguard_what_if_${randomBytes(6).toString('hex')}`;
  await onServer(liveUrl, `CREATE DATABASE ${name}`);
  const url = new URL(liveUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => onServer(liveUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** CREATE and DROP DATABASE run outside any transaction, on a connection of their own. */
async function onServer(liveUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: liveUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
