import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EventEnvelope } from '@safeguard/contracts';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { arrestNotFound, assertArrestVisible } from '../arrest-visibility';
import { arrestRecordView, type ArrestRecordView } from './arrest-record.view';

@ApiTags('arrests')
@Controller('arrests/:arrestId')
export class GetArrestController {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  @Get()
  @AccessLogged('read', { record: 'arrestId' })
  @Allow('police-officer', 'oversight-monitor')
  @ApiOperation({ summary: 'The arrest record with every fact recorded on it; ETag is its version' })
  @ApiOkResponse({ description: 'The arrest record' })
  async get(@Param('arrestId', ParseUUIDPipe) arrestId: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<ArrestRecordView> {
    const view = arrestRecordView(await this.events(arrestId, principal));
    if (!view) throw arrestNotFound(arrestId);
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get('history')
  @AccessLogged('read', { record: 'arrestId' })
  @Allow('police-officer', 'oversight-monitor')
  @ApiOperation({ summary: 'Every event on the arrest, oldest first, with who recorded it and when' })
  async history(@Param('arrestId', ParseUUIDPipe) arrestId: string, @CurrentPrincipal() principal: Principal): Promise<{ arrestId: string; events: readonly EventEnvelope[] }> {
    const events = await this.events(arrestId, principal);
    if (events.length === 0) throw arrestNotFound(arrestId);
    return { arrestId, events };
  }

  private async events(arrestId: string, principal: Principal): Promise<readonly EventEnvelope[]> {
    await assertArrestVisible(this.store, arrestId, principal);
    return (await this.store.readStream(arrestStreamId(arrestId))).events;
  }
}
