import { Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { CustodiesController } from '../custody-use-case';
import { CustodyPage, ListCustodiesFilter } from './list-custodies.dto';
import { ListCustodiesQuery } from './list-custodies.handler';

@CustodiesController('custodies')
export class ListCustodiesController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read', { person: 'personId' })
  @Allow('prison-officer', 'oversight-monitor')
  @ApiOperation({
    summary: 'Custodies, newest admission first; a facility officer sees the custodies the facility holds now unless the scope is wider',
  })
  @ApiOkResponse({ type: CustodyPage })
  list(@Query() filter: ListCustodiesFilter, @CurrentPrincipal() principal: Principal): Promise<CustodyPage> {
    return this.bus.execute(new ListCustodiesQuery(filter, principal));
  }
}
