import { Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged } from '@safeguard/platform';
import { CustodiesController, CustodyId } from '../custody-use-case';
import type { CustodyRecordView } from './custody-record.view';
import { type CustodyHistory, GetCustodyHistoryQuery, GetCustodyQuery } from './get-custody.handler';

@CustodiesController('custodies/:custodyId')
@Allow('prison-officer', 'oversight-monitor')
export class GetCustodyController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @AccessLogged('read', { record: 'custodyId' })
  @ApiOperation({
    summary: 'The custody record, from admission to release, with her children; ETag is its version',
    description: 'A facility officer sees the custodies the facility holds now.',
  })
  @ApiOkResponse({ description: 'The custody record' })
  get(@CustodyId() custodyId: string, @CurrentPrincipal() principal: Principal): Promise<CustodyRecordView> {
    return this.bus.execute(new GetCustodyQuery(custodyId, principal));
  }

  @Get('history')
  @AccessLogged('read', { record: 'custodyId' })
  @ApiOperation({ summary: 'Every event on the custody, oldest first, with who recorded it and when' })
  history(@CustodyId() custodyId: string, @CurrentPrincipal() principal: Principal): Promise<CustodyHistory> {
    return this.bus.execute(new GetCustodyHistoryQuery(custodyId, principal));
  }
}
