import { Controller, Get, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { PolicyComparisonView } from './comparison.view';
import { PolicyComparisonQuery } from './policy-comparison.handler';

/** It names the people whose alerts would differ: the read is logged. */
@ApiTags('policies')
@Controller('policies')
export class PolicyComparisonController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get(':policyId/comparison')
  @AccessLogged('read')
  @Allow('oversight-monitor', 'child-welfare-officer')
  @ApiOperation({
    summary: 'How the alerts would differ under this policy, per rule and per responsible unit, as of its last what-if replay; the read is logged',
  })
  @ApiOkResponse({ type: PolicyComparisonView })
  @ApiNotFoundResponse({ description: 'No such policy (POLICY.NOT_FOUND), or no what-if replay of it yet (POLICY.NO_COMPARISON)' })
  get(@Param('policyId') policyId: string): Promise<PolicyComparisonView> {
    return this.bus.execute(new PolicyComparisonQuery(policyId));
  }
}
