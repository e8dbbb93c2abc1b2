import { Logger, type INestApplication } from '@nestjs/common';
import { runtimeConfigFromEnv, startService, type ServiceName } from '@safeguard/platform';
import { loadDemoData } from '../../../deploy/demo/demo-data';
import { allServices } from './services';

/**
 * `npm start`: the four services in one process with nothing outside it. PGlite keeps the data
 * in SAFEGUARD_DATA_DIR (default .data/pglite); the child-welfare service follows the agencies'
 * event logs in the database instead of Kafka topics. Same modules as the separate processes.
 * With SAFEGUARD_DEMO=1 the synthetic demo families are posted once the services listen.
 */
async function main(): Promise<void> {
  const config = runtimeConfigFromEnv();
  const logger = new Logger('embedded');
  logger.log(config.database.kind === 'pglite' ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}` : 'PostgreSQL at DATABASE_URL');
  const apps = new Map<ServiceName, INestApplication>();
  for (const [name, module] of allServices(config)) apps.set(name, await startService(name, module));
  if (process.env.SAFEGUARD_DEMO === '1') {
    const url = (name: ServiceName) => {
      const server = apps.get(name)?.getHttpServer() as import('node:net').Server | undefined;
      const address = server?.address();
      if (!address || typeof address === 'string') throw new Error(`${name} is not listening on a TCP port`);
      return `http://127.0.0.1:${address.port}`;
    };
    const demo = new Logger('demo');
    await loadDemoData(
      { arrest: url('arrest-service'), court: url('court-service'), prison: url('prison-service') },
      { log: (line) => demo.log(line) },
    );
    demo.log(`oversight dashboard: ${url('child-welfare-service')}/dashboard/ (sign in with dev-monitor)`);
  }
}

void main();
