import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@safeguard/auth';
import { MessagingModule } from '@safeguard/messaging';
import { AccessLogModule, accessLogMigration, HealthController, PersistenceModule, RateLimitModule, RuntimeModule, UnitsModule, type RuntimeConfig } from '@safeguard/platform';
import { childCareControllers } from './arrests/child-care.controllers';
import { custodyControllers } from './arrests/custody.controllers';
import { ArrestList1764115400000 } from './arrest-service.migration';
import { projectArrestList } from './arrests/list-arrests/arrest-list.projection';
import { ListArrestsController } from './arrests/list-arrests/list-arrests.controller';
import { GetArrestController } from './arrests/get-arrest/get-arrest.controller';
import { RecordArrestController } from './arrests/record-arrest/record-arrest.controller';
import { RecordDependantsScreeningController } from './arrests/record-dependants-screening/record-dependants-screening.controller';

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
      ],
      controllers: [HealthController, ListArrestsController, RecordArrestController, RecordDependantsScreeningController, GetArrestController, ...custodyControllers, ...childCareControllers],
    };
  }
}
