import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { scheduleHearing } from './schedule-hearing.decision';
import { HearingScheduledDto, ScheduleHearingDto } from './schedule-hearing.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/hearings')
export class ScheduleHearingController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({
    summary: 'Schedule a hearing',
    description:
      'Families in the field report often learnt of no hearing: each one scheduled here can be followed by a family notification. Say when the court set it (scheduledAt); without it the time of receipt is recorded, labelled so.',
  })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: HearingScheduledDto })
  async schedule(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: ScheduleHearingDto,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HearingScheduledDto> {
    const hearingId = randomUUID();
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: scheduleHearing,
      context,
      command: {
        now: this.clock.now(),
        hearing: {
          caseId,
          hearingId,
          kind: body.kind,
          hearingAt: new Date(body.hearingAt).toISOString(),
          place: body.place,
          scheduledAt: body.scheduledAt === undefined ? null : new Date(body.scheduledAt).toISOString(),
        },
      },
      respond: (result): HearingScheduledDto => ({ ...caseRecordedDto(caseId, result), hearingId }),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
