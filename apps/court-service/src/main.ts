import { runtimeConfigFromEnv, startService } from '@safeguard/platform';
import { CourtServiceModule } from './court-service.module';

/** Runs the court-service on its own: `npm run start:court` (with DATABASE_URL and KAFKA_BROKERS). */
void startService('court-service', CourtServiceModule.forRoot(runtimeConfigFromEnv()));
