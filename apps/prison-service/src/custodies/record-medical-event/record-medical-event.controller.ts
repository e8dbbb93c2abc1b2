import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { recordMedicalEvent } from './record-medical-event.decision';
import { RecordMedicalEventDto } from './record-medical-event.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/medical-events')
export class RecordMedicalEventController {
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
    summary: 'Record a medical event of hers or of a child living with her',
    description: 'A child named must live in prison with her now, else 422 CHILD.NOT_IN_PRISON.',
  })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordMedicalEventDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: recordMedicalEvent,
      context,
      command: {
        now: this.clock.now(),
        medicalEvent: {
          custodyId,
          occurredAt: new Date(body.occurredAt).toISOString(),
          childId: body.childId ?? null,
          kind: body.kind,
          serious: body.serious,
        },
      },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
