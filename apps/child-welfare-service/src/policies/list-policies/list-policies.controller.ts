import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { SAFEGUARD_POLICY, type SafeguardPolicy } from '../../safeguards/policy';
import { policiesKnown } from '../policy-catalogue';
import { PolicyView, toPolicyView } from './policy.view';

class PolicyList {
  @ApiProperty({ type: [PolicyView], description: 'The live policy first' }) items: PolicyView[];
}

/** The policies a ministry can compare before adopting one: nothing personal, so not in the access log. */
@ApiTags('policies')
@Controller('policies')
export class ListPoliciesController {
  constructor(@Inject(SAFEGUARD_POLICY) private readonly live: SafeguardPolicy) {}

  @Get()
  @Allow('oversight-monitor', 'child-welfare-officer', 'integrator')
  @ApiOperation({ summary: 'The safeguard policies: which is live, their time zones and each rule’s deadlines' })
  @ApiOkResponse({ type: PolicyList })
  list(): PolicyList {
    return { items: policiesKnown(this.live).map((p) => toPolicyView(p, this.live)) };
  }
}
