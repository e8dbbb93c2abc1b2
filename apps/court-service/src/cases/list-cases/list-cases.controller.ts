import { Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { CasesController } from '../case-use-case';
import { CasePage, ListCasesFilter } from './list-cases.dto';
import { ListCasesQuery } from './list-cases.handler';

@CasesController('cases')
export class ListCasesController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read', { person: 'personId' })
  @Allow('court-clerk', 'judge', 'oversight-monitor')
  @ApiOperation({
    summary:
      "Cases, newest first, filtered by stage, pre-trial outcome, person and opening date; a court's clerks and judges see their own court's cases unless their scope is wider",
  })
  @ApiOkResponse({ type: CasePage })
  list(@Query() filter: ListCasesFilter, @CurrentPrincipal() principal: Principal): Promise<CasePage> {
    return this.bus.execute(new ListCasesQuery(filter, principal));
  }
}
