import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, toIsoInstant, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { tellParentOfChildMedicalEvent } from './tell-parent-of-child-medical-event.decision';
import { TellParentOfChildMedicalEventDto } from './tell-parent-of-child-medical-event.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/child-medical-events/:medicalEventId/parent-told')
export class TellParentOfChildMedicalEventController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({
    summary: 'Record that she was told of her child’s medical event',
    description: 'Names a medical event recorded on this custody (else 422 MEDICAL_EVENT.UNKNOWN); meets the duty to tell her (medical-not-notified).',
  })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Param('medicalEventId', ParseUUIDPipe) medicalEventId: string,
    @Body() body: TellParentOfChildMedicalEventDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: tellParentOfChildMedicalEvent,
      context,
      command: { now: this.clock.now(), told: { custodyId, medicalEventId, toldAt: toIsoInstant(body.toldAt), toldBy: body.toldBy } },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
