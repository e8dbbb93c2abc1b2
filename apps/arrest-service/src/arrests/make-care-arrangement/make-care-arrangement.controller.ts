import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { makeCareArrangement } from './make-care-arrangement.decision';
import { MakeCareArrangementDto } from './make-care-arrangement.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/children/:childId/care-arrangements')
export class MakeCareArrangementController {
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
    summary: 'Record who will look after a child recorded in the screening while she is held',
    description: 'Whether it was made before she was taken into custody is decided from the record. An unknown child answers 422 CHILD.NOT_ON_RECORD.',
  })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async make(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Param('childId', ParseUUIDPipe) childId: string,
    @Body() body: MakeCareArrangementDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const { caregiver } = body;
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: makeCareArrangement,
      context,
      command: {
        now: this.clock.now(),
        arrangement: {
          arrestId,
          childId,
          arrangedAt: new Date(body.arrangedAt).toISOString(),
          caregiver: { name: caregiver.name ?? null, relation: caregiver.relation, ageYears: caregiver.ageYears ?? null, contact: caregiver.contact ?? null },
          chosenByParent: body.chosenByParent,
        },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
