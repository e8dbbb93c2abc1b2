import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { makePretrialDecision } from './make-pretrial-decision.decision';
import { MakePretrialDecisionDto } from './make-pretrial-decision.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/pretrial-decisions')
export class MakePretrialDecisionController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({
    summary: 'Record the investigating judge’s decision on liberty before trial',
    description: 'Detention needs grounds (CCP art. 205), reasons, a term and an order reference. The deciding judge is the caller.',
  })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async decide(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: MakePretrialDecisionDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: makePretrialDecision,
      context,
      command: {
        now: this.clock.now(),
        decision: {
          caseId,
          decidedAt: new Date(body.decidedAt).toISOString(),
          judge: principal.userId,
          outcome: body.outcome,
          grounds: body.grounds,
          justification: body.justification ?? null,
          askedAboutPregnancyAndDependants: body.askedAboutPregnancyAndDependants,
          careArrangementsNoted: body.careArrangementsNoted ?? null,
          alternativesConsidered: body.alternativesConsidered,
          detentionMonths: body.detentionMonths ?? null,
          detentionOrderReference: body.detentionOrderReference ?? null,
        },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
