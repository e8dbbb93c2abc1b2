import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { recordLegalRepresentation } from './record-legal-representation.decision';
import { RecordLegalRepresentationDto } from './record-legal-representation.dto';
import { CaseVisibleToCourt } from '../case-visibility';

@ApiTags('cases')
@UseGuards(CaseVisibleToCourt)
@Controller('cases/:caseId/legal-representation')
export class RecordLegalRepresentationController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({ summary: 'Record whether she has a lawyer', description: 'Recorded also when she has none: the safeguards look for unrepresented mothers.' })
  @WriteHeaders('case')
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async record(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: RecordLegalRepresentationDto,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: recordLegalRepresentation,
      context,
      command: {
        now: this.clock.now(),
        representation: {
          caseId,
          recordedAt: new Date(body.recordedAt).toISOString(),
          represented: body.represented,
          lawyerName: body.lawyerName ?? null,
          organisation: body.organisation ?? null,
        },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
