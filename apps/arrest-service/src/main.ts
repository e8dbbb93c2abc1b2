import { runtimeConfigFromEnv, startService } from '@safeguard/platform';
import { ArrestServiceModule } from './arrest-service.module';

/** Runs the arrest-service on its own: `npm run start:arrest` (with DATABASE_URL and KAFKA_BROKERS). */
void startService('arrest-service', ArrestServiceModule.forRoot(runtimeConfigFromEnv()));
