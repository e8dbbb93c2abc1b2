import { runtimeConfigFromEnv, startService } from '@safeguard/platform';
import { PrisonServiceModule } from './prison-service.module';

/** Runs the prison-service on its own: `npm run start:prison` (with DATABASE_URL and KAFKA_BROKERS). */
void startService('prison-service', PrisonServiceModule.forRoot(runtimeConfigFromEnv()));
