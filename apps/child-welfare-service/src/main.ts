import { runtimeConfigFromEnv, startService } from '@safeguard/platform';
import { ChildWelfareServiceModule } from './child-welfare-service.module';

/** Runs the child-welfare-service on its own: `npm run start:child-welfare` (with DATABASE_URL and KAFKA_BROKERS). */
void startService('child-welfare-service', ChildWelfareServiceModule.forRoot(runtimeConfigFromEnv()));
