import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@safeguard/auth';
import { MessagingModule } from '@safeguard/messaging';
import {
  AccessLogModule,
  accessLogMigration,
  HealthController,
  PersistenceModule,
  RateLimitModule,
  RuntimeModule,
  UnitsModule,
  UseCaseModule,
  type RuntimeConfig,
} from '@safeguard/platform';
import { ArrestVisibility } from './arrests/arrest-visibility';
import { arrestControllers, arrestHandlers } from './arrests/arrests.use-cases';
import { ArrestList1764115400000 } from './arrest-service.migration';
import { projectArrestList } from './arrests/list-arrests/arrest-list.projection';

export const ARREST_SERVICE = { name: 'arrest-service', schema: 'arrest', source: '/safeguard/arrest-service' } as const;

/** The police's service: what police case software posts to, from arrest to hand-over. */
@Module({})
export class ArrestServiceModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: ArrestServiceModule,
      imports: [
        RuntimeModule.forRoot(config),
        UnitsModule,
        AuthModule,
        // After AuthModule: its guard names the caller the rate limits count.
        RateLimitModule,
        PersistenceModule.forService({
          schema: ARREST_SERVICE.schema,
          source: ARREST_SERVICE.source,
          migrations: [ArrestList1764115400000, accessLogMigration('arrest')],
          inlineProjections: [projectArrestList],
        }),
        MessagingModule.forService({ clientId: ARREST_SERVICE.name, config }),
        AccessLogModule,
        UseCaseModule.forService({ visibility: ArrestVisibility }),
      ],
      controllers: [HealthController, ...arrestControllers],
      providers: arrestHandlers,
    };
  }
}
