import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { imposeSentence } from './impose-sentence.decision';
import { ImposeSentenceDto } from './impose-sentence.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/sentences')
export class ImposeSentenceController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({
    summary: 'Record the sentence imposed after a conviction',
    description: 'Only after a verdict convicting her of at least one charge, and once. Says whether her children’s welfare and alternatives to prison were weighed.',
  })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async impose(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: ImposeSentenceDto,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: imposeSentence,
      context,
      command: {
        now: this.clock.now(),
        sentence: {
          caseId,
          imposedAt: new Date(body.imposedAt).toISOString(),
          custodialMonths: body.custodialMonths,
          suspendedMonths: body.suspendedMonths,
          nonCustodialMeasures: body.nonCustodialMeasures,
          childrenWelfareConsidered: body.childrenWelfareConsidered,
          nonCustodialAlternativesConsidered: body.nonCustodialAlternativesConsidered,
          startDeferredUntil: body.startDeferredUntil === undefined ? null : new Date(body.startDeferredUntil).toISOString(),
          custodyStartsAt: body.custodyStartsAt === undefined ? null : new Date(body.custodyStartsAt).toISOString(),
          creditedDays: body.creditedDays ?? null,
        },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
