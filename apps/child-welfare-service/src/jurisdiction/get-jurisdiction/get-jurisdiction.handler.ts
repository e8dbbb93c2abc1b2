import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SAFEGUARD_POLICY, type SafeguardPolicy } from '../../safeguards/policy';
import type { JurisdictionView } from './get-jurisdiction.dto';

export class GetJurisdictionQuery extends Query<JurisdictionView> {}

/** The jurisdiction of the policy the service runs, its zone and locale: configuration, not records. */
@QueryHandler(GetJurisdictionQuery)
export class GetJurisdictionHandler implements IQueryHandler<GetJurisdictionQuery> {
  constructor(@Inject(SAFEGUARD_POLICY) private readonly policy: SafeguardPolicy) {}

  execute(): Promise<JurisdictionView> {
    const { jurisdiction, policyId, timeZone, locale } = this.policy;
    return Promise.resolve({ jurisdiction, policyId, timeZone, locale });
  }
}
