import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@safeguard/auth';
import { MessagingModule } from '@safeguard/messaging';
import { projectCaseList } from './cases/list-cases/case-list.projection';
import { CaseVisibility } from './cases/case-visibility';
import { caseControllers, caseHandlers } from './cases/cases.use-cases';
import { CaseCourtUnit1796300000000, CaseList1764115500000 } from './court-service.migration';
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

export const COURT_SERVICE = { name: 'court-service', schema: 'court', source: '/safeguard/court-service' } as const;

/**
 * The courts' service: what court registries and investigating judges' offices post to, from
 * the opening of a case to its closing.
 */
@Module({})
export class CourtServiceModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: CourtServiceModule,
      imports: [
        RuntimeModule.forRoot(config),
        UnitsModule,
        AuthModule,
        // After AuthModule: its guard names the caller the rate limits count.
        RateLimitModule,
        PersistenceModule.forService({
          schema: COURT_SERVICE.schema,
          source: COURT_SERVICE.source,
          migrations: [CaseList1764115500000, CaseCourtUnit1796300000000, accessLogMigration('court')],
          inlineProjections: [projectCaseList],
        }),
        MessagingModule.forService({ clientId: COURT_SERVICE.name, config }),
        AccessLogModule,
        UseCaseModule.forService({ visibility: CaseVisibility }),
      ],
      controllers: [HealthController, ...caseControllers],
      providers: caseHandlers,
    };
  }
}
