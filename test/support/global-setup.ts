import { Client } from 'pg';
import { portOpen, TEST_KAFKA_BROKERS, TEST_POSTGRES_ADMIN_URL } from './environment';

/** Runs once before all suites: checks the real services and tells the suites what is there. */
export default async function globalSetup(): Promise<void> {
  const pg = new Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_POSTGRES_ADMIN_URL} (${error instanceof Error ? String(error) : JSON.stringify(error)}); start it, see README`,
      { cause: error },
    );
  } finally {
    await pg.end().catch(() => undefined);
  }
  const kafka = await portOpen(TEST_KAFKA_BROKERS[0]);
  if (!kafka && process.env.CI === 'true') {
    throw new Error(`CI=true but no Kafka broker answers at ${TEST_KAFKA_BROKERS[0]}: the Kafka suites must run in CI`);
  }
  process.env.SAFEGUARD_TEST_KAFKA = kafka ? 'available' : 'missing';
  process.stdout.write(
    kafka
      ? `\n[safeguard] real PostgreSQL at ${TEST_POSTGRES_ADMIN_URL}; real Kafka broker at ${TEST_KAFKA_BROKERS.join(',')}\n`
      : `\n[safeguard] real PostgreSQL at ${TEST_POSTGRES_ADMIN_URL}; NO Kafka broker at ${TEST_KAFKA_BROKERS[0]}: the Kafka suites are SKIPPED (start one with deploy/local/kafka.sh up)\n`,
  );
}
