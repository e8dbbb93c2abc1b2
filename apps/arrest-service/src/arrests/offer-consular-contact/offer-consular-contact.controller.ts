import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { offerConsularContact } from './offer-consular-contact.decision';
import { OfferConsularContactDto } from './offer-consular-contact.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/consular-contacts')
export class OfferConsularContactController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'arrestId' })
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({
    summary: 'Record the police’s offer of consular contact to a foreign national, made or declined',
    description: 'Vienna Convention on Consular Relations art. 36(1)(b). May be recorded after her release or transfer, for an offer made while the police held her.',
  })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: OfferConsularContactDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: offerConsularContact,
      context,
      command: {
        now: this.clock.now(),
        offer: { arrestId, offeredAt: new Date(body.offeredAt).toISOString(), outcome: body.outcome, consulate: body.consulate },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
