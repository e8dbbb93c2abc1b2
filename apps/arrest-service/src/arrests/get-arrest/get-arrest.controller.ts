import { Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { ArrestId, ArrestsController } from '../arrest-use-case';
import type { ArrestRecordView } from './arrest-record.view';
import { type ArrestHistory, GetArrestHistoryQuery, GetArrestQuery } from './get-arrest.handler';

@ArrestsController('arrests/:arrestId')
@Allow('police-officer', 'oversight-monitor')
export class GetArrestController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read', { record: 'arrestId' })
  @ApiOperation({ summary: 'The arrest record with every fact recorded on it; ETag is its version' })
  @ApiOkResponse({ description: 'The arrest record' })
  get(@ArrestId() arrestId: string, @CurrentPrincipal() principal: Principal): Promise<ArrestRecordView> {
    return this.bus.execute(new GetArrestQuery(arrestId, principal));
  }

  @Get('history')
  @AccessLogged('read', { record: 'arrestId' })
  @ApiOperation({ summary: 'Every event on the arrest, oldest first, with who recorded it and when' })
  history(@ArrestId() arrestId: string, @CurrentPrincipal() principal: Principal): Promise<ArrestHistory> {
    return this.bus.execute(new GetArrestHistoryQuery(arrestId, principal));
  }
}
