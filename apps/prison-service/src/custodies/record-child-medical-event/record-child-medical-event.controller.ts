import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, toIsoInstant, WriteContext, WriteHeaders } from '@safeguard/platform';
import { custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { recordChildMedicalEvent } from './record-child-medical-event.decision';
import { ChildMedicalEventRecordedDto, RecordChildMedicalEventDto } from './record-child-medical-event.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/child-medical-events')
export class RecordChildMedicalEventController {
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
    summary: 'Record a medical event of her child outside prison',
    description:
      'A hospitalisation or serious illness of a child the prison knows of (else 422 CHILD.UNKNOWN) who does not live inside (else 422 CHILD.IN_PRISON). She is owed the news: record that she was told with the returned medicalEventId.',
  })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: ChildMedicalEventRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordChildMedicalEventDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ChildMedicalEventRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const medicalEventId = randomUUID();
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: recordChildMedicalEvent,
      context,
      command: {
        now: this.clock.now(),
        medicalEvent: {
          custodyId,
          childId: body.childId,
          medicalEventId,
          occurredAt: toIsoInstant(body.occurredAt),
          kind: body.kind,
          serious: body.serious,
          where: body.where ?? null,
        },
      },
      respond: (result): ChildMedicalEventRecordedDto => ({ ...custodyRecordedDto(custodyId, result), medicalEventId }),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
