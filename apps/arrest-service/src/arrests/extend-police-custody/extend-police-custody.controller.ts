import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { extendPoliceCustody } from './extend-police-custody.decision';
import { ExtendPoliceCustodyDto } from './extend-police-custody.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/custody-extensions')
export class ExtendPoliceCustodyController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'arrestId' })
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({ summary: 'Record an authorised extension of police custody', description: 'Police custody beyond 48 hours needs one (Cambodian CCP art. 96). Only while she is in police custody.' })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: ExtendPoliceCustodyDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: extendPoliceCustody,
      context,
      command: {
        now: this.clock.now(),
        extension: {
          arrestId,
          authorisedAt: new Date(body.authorisedAt).toISOString(),
          authorisedBy: body.authorisedBy,
          until: new Date(body.until).toISOString(),
        },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
