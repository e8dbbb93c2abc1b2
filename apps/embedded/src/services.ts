import type { DynamicModule } from '@nestjs/common';
import type { RuntimeConfig, ServiceName } from '@safeguard/platform';
import { ArrestServiceModule } from '../../arrest-service/src/arrest-service.module';
import { ChildWelfareServiceModule } from '../../child-welfare-service/src/child-welfare-service.module';
import { CourtServiceModule } from '../../court-service/src/court-service.module';
import { PrisonServiceModule } from '../../prison-service/src/prison-service.module';

/**
 * The composition root of the whole system, in start order: the agencies first, because the
 * child-welfare service follows their event logs in the embedded mode.
 */
export function allServices(config: RuntimeConfig): [ServiceName, DynamicModule][] {
  return [
    ['arrest-service', ArrestServiceModule.forRoot(config)],
    ['court-service', CourtServiceModule.forRoot(config)],
    ['prison-service', PrisonServiceModule.forRoot(config)],
    ['child-welfare-service', ChildWelfareServiceModule.forRoot(config)],
  ];
}
