import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EventEnvelope } from '@safeguard/contracts';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged } from '@safeguard/platform';
import { assertCustodyVisible, custodyNotFound } from '../custody-visibility';
import { custodyStreamId } from '../custody.state';
import { custodyRecordView, type CustodyRecordView } from './custody-record.view';

@ApiTags('custodies')
@Controller('custodies/:custodyId')
export class GetCustodyController {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  @Get()
  @AccessLogged('read', { record: 'custodyId' })
  @Allow('prison-officer', 'oversight-monitor')
  @ApiOperation({ summary: 'The custody record, from admission to release, with her children; ETag is its version', description: 'A facility officer sees the custodies the facility holds now.' })
  @ApiOkResponse({ description: 'The custody record' })
  async get(@Param('custodyId', ParseUUIDPipe) custodyId: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<CustodyRecordView> {
    const view = custodyRecordView(await this.events(custodyId, principal));
    if (!view) throw custodyNotFound(custodyId);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get('history')
  @AccessLogged('read', { record: 'custodyId' })
  @Allow('prison-officer', 'oversight-monitor')
  @ApiOperation({ summary: 'Every event on the custody, oldest first, with who recorded it and when' })
  async history(@Param('custodyId', ParseUUIDPipe) custodyId: string, @CurrentPrincipal() principal: Principal): Promise<{ custodyId: string; events: readonly EventEnvelope[] }> {
    const events = await this.events(custodyId, principal);
    if (events.length === 0) throw custodyNotFound(custodyId);
    return { custodyId, events };
  }

  private async events(custodyId: string, principal: Principal): Promise<readonly EventEnvelope[]> {
    await assertCustodyVisible(this.store, custodyId, principal);
    return (await this.store.readStream(custodyStreamId(custodyId))).events;
  }
}
