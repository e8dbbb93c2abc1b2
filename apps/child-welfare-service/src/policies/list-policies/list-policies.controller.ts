import { Controller, Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { ListPoliciesQuery } from './list-policies.handler';
import { PolicyList } from './policy.view';

/** The policies a ministry can compare before adopting one: nothing personal, so not in the access log. */
@ApiTags('policies')
@Controller('policies')
export class ListPoliciesController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @Allow('oversight-monitor', 'child-welfare-officer', 'integrator')
  @ApiOperation({ summary: 'The safeguard policies: which is live, their time zones and each rule’s deadlines' })
  @ApiOkResponse({ type: PolicyList })
  list(): Promise<PolicyList> {
    return this.bus.execute(new ListPoliciesQuery());
  }
}
