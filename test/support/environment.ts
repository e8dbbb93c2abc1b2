import { Socket } from 'node:net';

/**
 * Where the real services are for integration tests. PostgreSQL is required; Kafka is required
 * under CI=true and otherwise optional, so a laptop without a broker still runs everything else.
 */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

export function kafkaAvailable(): boolean {
  return process.env.SAFEGUARD_TEST_KAFKA === 'available';
}

export function portOpen(hostPort: string, timeoutMs = 1_000): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    socket.once('error', () => done(false));
    socket.connect(Number(port), host, () => done(true));
  });
}

/** `describe` for suites that need the real Kafka broker; skipped, and said so, without one. */
export const describeWithKafka: jest.Describe = ((name: string, fn: () => void) =>
  kafkaAvailable() ? describe(`${name} [real Kafka broker]`, fn) : describe.skip(`${name} [SKIPPED: no Kafka broker]`, fn)) as jest.Describe;
