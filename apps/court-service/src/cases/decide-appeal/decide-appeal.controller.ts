import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { decideAppeal } from './decide-appeal.decision';
import { DecideAppealDto } from './decide-appeal.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/appeals/:appealId/decisions')
export class DecideAppealController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({ summary: 'Record the appeal court’s decision', description: 'Once per appeal. A changed sentence gives its new prison term.' })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async decide(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('appealId', ParseUUIDPipe) appealId: string,
    @Body() body: DecideAppealDto,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: decideAppeal,
      context,
      command: {
        now: this.clock.now(),
        decision: { caseId, appealId, decidedAt: new Date(body.decidedAt).toISOString(), outcome: body.outcome, newCustodialMonths: body.newCustodialMonths ?? null },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
