import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, toIsoInstant, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { assertCustodyVisible } from '../custody-visibility';
import { custodyStreamId } from '../custody.state';
import { scheduleRelease } from './schedule-release.decision';
import { ScheduleReleaseDto } from './schedule-release.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/release-schedules')
export class ScheduleReleaseController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Schedule her release', description: 'The day may lie ahead; a later schedule replaces an earlier one. Not once she is released. Say when the prison set it (scheduledAt); without it the time of receipt is recorded, labelled so.' })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: ScheduleReleaseDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: scheduleRelease,
      context,
      command: {
        now: this.clock.now(),
        schedule: {
          custodyId,
          releaseOn: toIsoInstant(body.releaseOn),
          reason: body.reason,
          scheduledAt: body.scheduledAt === undefined ? null : toIsoInstant(body.scheduledAt),
        },
      },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
