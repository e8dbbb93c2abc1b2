import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { deliverVerdict } from './deliver-verdict.decision';
import { DeliverVerdictDto } from './deliver-verdict.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/verdicts')
export class DeliverVerdictController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({ summary: 'Record the trial court’s verdict', description: 'One finding, convicted or acquitted, on every charge of the case. A case is judged once.' })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async deliver(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: DeliverVerdictDto,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: deliverVerdict,
      context,
      command: {
        now: this.clock.now(),
        verdict: {
          caseId,
          deliveredAt: new Date(body.deliveredAt).toISOString(),
          findings: body.findings.map((f) => ({ chargeId: f.chargeId, outcome: f.outcome })),
        },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
