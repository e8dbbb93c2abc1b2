import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SAFEGUARD_POLICY, type SafeguardPolicy } from '../../safeguards/policy';
import { policiesKnown } from '../policy-catalogue';
import { toPolicyView, type PolicyList } from './policy.view';

export class ListPoliciesQuery extends Query<PolicyList> {}

@QueryHandler(ListPoliciesQuery)
export class ListPoliciesHandler implements IQueryHandler<ListPoliciesQuery> {
  constructor(@Inject(SAFEGUARD_POLICY) private readonly live: SafeguardPolicy) {}

  execute(): Promise<PolicyList> {
    return Promise.resolve({ items: policiesKnown(this.live).map((p) => toPolicyView(p, this.live)) });
  }
}
