import { Logger } from '@nestjs/common';
import { runtimeConfigFromEnv, startService } from '@safeguard/platform';
import { ArrestServiceModule } from '../../arrest-service/src/arrest-service.module';
import { ChildWelfareServiceModule } from '../../child-welfare-service/src/child-welfare-service.module';
import { CourtServiceModule } from '../../court-service/src/court-service.module';
import { PrisonServiceModule } from '../../prison-service/src/prison-service.module';

/**
 * `npm start`: the four services in one process with nothing outside it. PGlite keeps the data
 * in SAFEGUARD_DATA_DIR (default .data/pglite); the child-welfare service follows the agencies'
 * event logs in the database instead of Kafka topics. Same modules as the separate processes.
 */
async function main(): Promise<void> {
  const config = runtimeConfigFromEnv();
  const logger = new Logger('embedded');
  logger.log(config.database.kind === 'pglite' ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}` : 'PostgreSQL at DATABASE_URL');
  // The agencies first: their schemas must exist before the child-welfare service follows them.
  await startService('arrest-service', ArrestServiceModule.forRoot(config));
  await startService('court-service', CourtServiceModule.forRoot(config));
  await startService('prison-service', PrisonServiceModule.forRoot(config));
  await startService('child-welfare-service', ChildWelfareServiceModule.forRoot(config));
}

void main();
