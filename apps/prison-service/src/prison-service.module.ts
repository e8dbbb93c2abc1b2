import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@safeguard/auth';
import { MessagingModule } from '@safeguard/messaging';
import { custodyControllers, custodyHandlers } from './custodies/custodies.use-cases';
import { CustodyVisibility } from './custodies/custody-visibility';
import { CustodyList1764200000000 } from './custodies/list-custodies/custody-list.migration';
import { projectCustodyList } from './custodies/list-custodies/custody-list.projection';
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

export const PRISON_SERVICE = { name: 'prison-service', schema: 'prison', source: '/safeguard/prison-service' } as const;

/**
 * The prisons' service: what prison administrations post to, from admission to release, with
 * what a prison must know and do for the children of the people it holds (Bangkok Rules).
 */
@Module({})
export class PrisonServiceModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: PrisonServiceModule,
      imports: [
        RuntimeModule.forRoot(config),
        UnitsModule,
        AuthModule,
        // After AuthModule: its guard names the caller the rate limits count.
        RateLimitModule,
        PersistenceModule.forService({
          schema: PRISON_SERVICE.schema,
          source: PRISON_SERVICE.source,
          migrations: [CustodyList1764200000000, accessLogMigration('prison')],
          inlineProjections: [projectCustodyList],
        }),
        MessagingModule.forService({ clientId: PRISON_SERVICE.name, config }),
        AccessLogModule,
        UseCaseModule.forService({ visibility: CustodyVisibility }),
      ],
      controllers: [HealthController, ...custodyControllers],
      providers: custodyHandlers,
    };
  }
}
