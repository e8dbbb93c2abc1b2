import { Logger } from '@nestjs/common';
import { runtimeConfigFromEnv, startService } from '@safeguard/platform';
import { allServices } from './services';

/**
 * `npm start`: the four services in one process with nothing outside it. PGlite keeps the data
 * in SAFEGUARD_DATA_DIR (default .data/pglite); the child-welfare service follows the agencies'
 * event logs in the database instead of Kafka topics. Same modules as the separate processes.
 */
async function main(): Promise<void> {
  const config = runtimeConfigFromEnv();
  const logger = new Logger('embedded');
  logger.log(config.database.kind === 'pglite' ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}` : 'PostgreSQL at DATABASE_URL');
  for (const [name, module] of allServices(config)) await startService(name, module);
}

void main();
