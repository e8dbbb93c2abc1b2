import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { grantClemency } from './grant-clemency.decision';
import { GrantClemencyDto } from './grant-clemency.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/clemency')
export class GrantClemencyController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({ summary: 'Record a pardon, an amnesty or a sentence reduction', description: 'Only once a sentence is imposed. A reduction gives the months it takes off. It takes effect when granted unless effectiveAt names a later date.' })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async grant(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: GrantClemencyDto,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: grantClemency,
      context,
      command: {
        now: this.clock.now(),
        clemency: {
          caseId,
          grantedAt: new Date(body.grantedAt).toISOString(),
          kind: body.kind,
          reductionMonths: body.reductionMonths ?? null,
          effectiveAt: body.effectiveAt === undefined ? null : new Date(body.effectiveAt).toISOString(),
        },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
