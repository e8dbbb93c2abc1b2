import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { fileAppeal } from './file-appeal.decision';
import { AppealFiledDto, FileAppealDto } from './file-appeal.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/appeals')
export class FileAppealController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({
    summary: 'Record an appeal against the judgment',
    description: 'Only once a verdict is delivered. Says whether she stays detained while it waits: people have been held past their sentence this way.',
  })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: AppealFiledDto })
  async file(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FileAppealDto,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AppealFiledDto> {
    const appealId = randomUUID();
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: fileAppeal,
      context,
      command: {
        now: this.clock.now(),
        appeal: { caseId, appealId, filedAt: new Date(body.filedAt).toISOString(), filedBy: body.filedBy, detainedPendingAppeal: body.detainedPendingAppeal },
      },
      respond: (result): AppealFiledDto => ({ ...caseRecordedDto(caseId, result), appealId }),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
