import { Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { ArrestsController } from '../arrest-use-case';
import { ArrestPage, ListArrestsFilter } from './list-arrests.dto';
import { ListArrestsQuery } from './list-arrests.handler';

@ArrestsController('arrests')
export class ListArrestsController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read', { person: 'personId' })
  @Allow('police-officer', 'oversight-monitor')
  @ApiOperation({ summary: 'Arrests, newest first; a police unit sees its own unless its scope is wider' })
  @ApiOkResponse({ type: ArrestPage })
  list(@Query() filter: ListArrestsFilter, @CurrentPrincipal() principal: Principal): Promise<ArrestPage> {
    return this.bus.execute(new ListArrestsQuery(filter, principal));
  }
}
