import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { assertCustodyVisible } from '../custody-visibility';
import { custodyStreamId } from '../custody.state';
import { grantHomeLeave } from './grant-home-leave.decision';
import { GrantHomeLeaveDto } from './grant-home-leave.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/home-leaves')
export class GrantHomeLeaveController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Grant her home leave', description: 'Only while she is held in the facility (Bangkok Rule 45: home leave to re-establish contact with her family).' })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: GrantHomeLeaveDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: grantHomeLeave,
      context,
      command: {
        now: this.clock.now(),
        leave: {
          custodyId,
          grantedAt: new Date(body.grantedAt).toISOString(),
          leaveFrom: new Date(body.leaveFrom).toISOString(),
          leaveUntil: new Date(body.leaveUntil).toISOString(),
        },
      },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
