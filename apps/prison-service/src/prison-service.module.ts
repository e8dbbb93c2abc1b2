import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@safeguard/auth';
import { MessagingModule } from '@safeguard/messaging';
import { HealthController, PersistenceModule, RuntimeModule, type RuntimeConfig } from '@safeguard/platform';

export const PRISON_SERVICE = { name: 'prison-service', schema: 'prison', source: '/safeguard/prison-service' } as const;

/**
 * The prisons' service: what prison administrations post to. It has its event store, outbox
 * relay, credentials and health checks; its use cases (admissions, children in prison, visits,
 * transfers, releases) are the prison issue's work.
 */
@Module({})
export class PrisonServiceModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: PrisonServiceModule,
      imports: [
        RuntimeModule.forRoot(config),
        AuthModule,
        PersistenceModule.forService({ schema: PRISON_SERVICE.schema, source: PRISON_SERVICE.source }),
        MessagingModule.forService({ clientId: PRISON_SERVICE.name, config }),
      ],
      controllers: [HealthController],
    };
  }
}
