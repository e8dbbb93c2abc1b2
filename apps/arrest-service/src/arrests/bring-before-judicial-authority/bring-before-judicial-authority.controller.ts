import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { bringBeforeJudicialAuthority } from './bring-before-judicial-authority.decision';
import { BringBeforeJudicialAuthorityDto } from './bring-before-judicial-authority.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/judicial-appearances')
export class BringBeforeJudicialAuthorityController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'arrestId' })
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({ summary: 'Record that she was brought before a prosecutor or judge', description: 'Only while she is in police custody.' })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: BringBeforeJudicialAuthorityDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: bringBeforeJudicialAuthority,
      context,
      command: {
        now: this.clock.now(),
        appearance: { arrestId, broughtAt: new Date(body.broughtAt).toISOString(), authority: body.authority, authorityName: body.authorityName ?? null },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
