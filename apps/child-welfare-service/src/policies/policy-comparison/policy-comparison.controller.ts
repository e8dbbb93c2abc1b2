import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { NotFound } from '@safeguard/domain';
import { Database, jsonColumn } from '@safeguard/event-store';
import { AccessLogged } from '@safeguard/platform';
import type { AlertComparison } from '../../rebuild/what-if-comparison';
import type { WhatIfHistory } from '../../rebuild/what-if-run';
import { SAFEGUARD_POLICY, type SafeguardPolicy } from '../../safeguards/policy';
import { policyById } from '../policy-catalogue';
import { PolicyComparisonView } from './comparison.view';

/**
 * The last what-if replay of a policy (`npm run policy:what-if`), as it stored it: replaying the
 * whole history takes minutes, so a click shows the last run's answer and says when it was
 * computed and over which history. It names the people whose alerts would differ: logged.
 */
@ApiTags('policies')
@Controller('policies')
export class PolicyComparisonController {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(SAFEGUARD_POLICY) private readonly live: SafeguardPolicy,
  ) {}

  @Get(':policyId/comparison')
  @AccessLogged('read')
  @Allow('oversight-monitor', 'child-welfare-officer')
  @ApiOperation({
    summary: 'How the alerts would differ under this policy, per rule and per responsible unit, as of its last what-if replay; the read is logged',
  })
  @ApiOkResponse({ type: PolicyComparisonView })
  @ApiNotFoundResponse({ description: 'No such policy (POLICY.NOT_FOUND), or no what-if replay of it yet (POLICY.NO_COMPARISON)' })
  async get(@Param('policyId') policyId: string): Promise<PolicyComparisonView> {
    const policy = policyById(policyId, this.live);
    const rows = await this.db.query<{ live_policy_id: string; computed_at: Date; history: unknown; comparison: unknown }>(
      `SELECT live_policy_id, computed_at, history, comparison FROM child_welfare.policy_comparisons WHERE policy_id = $1 ORDER BY computed_at DESC, comparison_id DESC LIMIT 1`,
      [policy.policyId],
    );
    if (rows.length === 0)
      throw new NotFound(
        'POLICY.NO_COMPARISON',
        `no what-if replay of ${policy.policyId} yet: run npm run policy:what-if -- --policy ${policy.policyId}`,
      );
    const row = rows[0];
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
