import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { notifyFamilyOfHearing } from './notify-family-of-hearing.decision';
import { NotifyFamilyOfHearingDto } from './notify-family-of-hearing.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/hearings/:hearingId/family-notifications')
export class NotifyFamilyOfHearingController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({ summary: 'Record that her family was told of a hearing', description: 'Who was told, when and how; the hearing must be scheduled in this case.' })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async record(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('hearingId', ParseUUIDPipe) hearingId: string,
    @Body() body: NotifyFamilyOfHearingDto,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: notifyFamilyOfHearing,
      context,
      command: {
        now: this.clock.now(),
        notification: { caseId, hearingId, notifiedAt: new Date(body.notifiedAt).toISOString(), notifiedPerson: body.notifiedPerson, method: body.method },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
