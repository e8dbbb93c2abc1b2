import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, toIsoInstant, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { correctArrestRecord } from './correct-arrest-record.decision';
import { CorrectArrestRecordDto } from './correct-arrest-record.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/corrections')
export class CorrectArrestRecordController {
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
    summary: 'Correct a field of the arrest as recorded, saying why',
    description: 'The original stays in the history; the correction keeps the value it replaces. The same value again, or one of the wrong type, answers 400.',
  })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async correct(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: CorrectArrestRecordDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: correctArrestRecord,
      context,
      command: {
        now: this.clock.now(),
        correction: {
          arrestId,
          field: body.field,
          correctedValue: body.correctedValue,
          reason: body.reason,
          correctedAt: body.correctedAt === undefined ? null : toIsoInstant(body.correctedAt),
        },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
