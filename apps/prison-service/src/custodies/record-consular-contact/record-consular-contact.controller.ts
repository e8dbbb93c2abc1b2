import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { recordConsularContact } from './record-consular-contact.decision';
import { RecordConsularContactDto } from './record-consular-contact.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/consular-contacts')
export class RecordConsularContactController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Record consular contact offered, made or declined', description: 'For a foreign national: Vienna Convention on Consular Relations art. 36.' })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordConsularContactDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: recordConsularContact,
      context,
      command: {
        now: this.clock.now(),
        contact: { custodyId, recordedAt: new Date(body.recordedAt).toISOString(), kind: body.kind, consulate: body.consulate },
      },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
