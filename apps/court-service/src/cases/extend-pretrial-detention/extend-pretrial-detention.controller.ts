import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { extendPretrialDetention } from './extend-pretrial-detention.decision';
import { ExtendPretrialDetentionDto } from './extend-pretrial-detention.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/pretrial-extensions')
export class ExtendPretrialDetentionController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({ summary: 'Extend pretrial detention', description: 'Only while detention before trial is ordered. The new end is the current end plus the months added. The extending judge is the caller.' })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async extend(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: ExtendPretrialDetentionDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: extendPretrialDetention,
      context,
      command: {
        now: this.clock.now(),
        extension: { caseId, extendedAt: new Date(body.extendedAt).toISOString(), judge: principal.userId, additionalMonths: body.additionalMonths },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
