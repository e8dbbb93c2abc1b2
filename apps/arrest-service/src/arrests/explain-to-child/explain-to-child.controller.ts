import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { explainToChild } from './explain-to-child.decision';
import { ExplainToChildDto } from './explain-to-child.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/children/:childId/explanations')
export class ExplainToChildController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'arrestId', child: 'childId' })
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({
    summary: 'Record that a child was told what is happening and where the parent is taken',
    description: 'The child must be recorded on the arrest, else 422 CHILD.NOT_ON_RECORD.',
  })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async explain(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Param('childId', ParseUUIDPipe) childId: string,
    @Body() body: ExplainToChildDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: explainToChild,
      context,
      command: {
        now: this.clock.now(),
        explanation: { arrestId, childId, explainedAt: new Date(body.explainedAt).toISOString(), explainedBy: body.explainedBy },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
