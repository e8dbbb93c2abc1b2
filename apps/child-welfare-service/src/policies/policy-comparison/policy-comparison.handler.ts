import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@safeguard/domain';
import { Database, jsonColumn } from '@safeguard/event-store';
import type { AlertComparison } from '../../rebuild/what-if-comparison';
import type { WhatIfHistory } from '../../rebuild/what-if-run';
import { SAFEGUARD_POLICY, type SafeguardPolicy } from '../../safeguards/policy';
import { policyById } from '../policy-catalogue';
import type { PolicyComparisonView } from './comparison.view';

export class PolicyComparisonQuery extends Query<PolicyComparisonView> {
  constructor(readonly policyId: string) {
    super();
  }
}

/**
 * The last what-if replay of a policy (`npm run policy:what-if`), as it stored it: replaying the
 * whole history takes minutes, so a click shows the last run's answer and says when it was
 * computed and over which history.
 */
@QueryHandler(PolicyComparisonQuery)
export class PolicyComparisonHandler implements IQueryHandler<PolicyComparisonQuery> {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(SAFEGUARD_POLICY) private readonly live: SafeguardPolicy,
  ) {}

  async execute({ policyId }: PolicyComparisonQuery): Promise<PolicyComparisonView> {
    const policy = policyById(policyId, this.live);
    const rows = await this.db.query<{ live_policy_id: string; computed_at: Date; history: unknown; comparison: unknown }>(
      `SELECT live_policy_id, computed_at, history, comparison FROM child_welfare.policy_comparisons WHERE policy_id = $1 ORDER BY computed_at DESC, comparison_id DESC LIMIT 1`,
      [policy.policyId],
    );
    const row = rows.at(0);
    if (!row)
      throw new NotFound(
        'POLICY.NO_COMPARISON',
        `no what-if replay of ${policy.policyId} yet: run npm run policy:what-if -- --policy ${policy.policyId}`,
      );
    const comparison = jsonColumn<AlertComparison>(row.comparison);
    return {
      policyId: policy.policyId,
      livePolicyId: row.live_policy_id,
      computedAt: new Date(row.computed_at).toISOString(),
      history: jsonColumn<WhatIfHistory>(row.history),
      totals: comparison.totals,
      byRule: comparison.byRule,
      byUnit: comparison.byUnit,
      differences: comparison.differences,
    } as PolicyComparisonView;
  }
}
