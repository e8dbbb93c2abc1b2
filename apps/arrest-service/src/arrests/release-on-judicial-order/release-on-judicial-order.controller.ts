import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { releaseOnJudicialOrder } from './release-on-judicial-order.decision';
import { ReleaseOnJudicialOrderDto } from './release-on-judicial-order.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/judicial-releases')
export class ReleaseOnJudicialOrderController {
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
    summary: 'Record that a judge’s or prosecutor’s order ended her police custody',
    description: 'Judicial supervision, bail set by the court, provisional release or no further action. Only while she is in police custody (else 422 CUSTODY.NOT_IN_POLICE_CUSTODY).',
  })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: ReleaseOnJudicialOrderDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: releaseOnJudicialOrder,
      context,
      command: {
        now: this.clock.now(),
        release: {
          arrestId,
          releasedAt: new Date(body.releasedAt).toISOString(),
          orderKind: body.orderKind,
          orderedBy: body.orderedBy,
          orderReference: body.orderReference ?? null,
        },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
