import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import type { AppendMetadata } from '@safeguard/event-store';
import { AccessLogged, Clock, type IdempotencyKey, IdempotencyKeyHeader, RequestMetadata, StreamCommands } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { openCase } from './open-case.decision';
import { OpenCaseDto } from './open-case.dto';

@ApiTags('cases')
@Controller('cases')
export class OpenCaseController {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'caseId' })
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({ summary: 'Open a criminal case', description: 'The first fact of a case, from the police case file: the person, the charges and the arrests it rests on.' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async open(
    @Body() body: OpenCaseDto,
    @RequestMetadata() metadata: AppendMetadata,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const caseId = randomUUID();
    const recorded = await this.commands.record({
      streamId: caseStreamId(caseId),
      decider: openCase,
      // A new stream: there is no version to match, so an If-Match header is ignored as before.
      context: { metadata, expectedVersion: undefined, idempotencyKey },
      command: {
        now: this.clock.now(),
        details: {
          caseId,
          caseReference: body.caseReference,
          arrestIds: body.arrestIds,
          personId: body.personId,
          openedAt: new Date(body.openedAt).toISOString(),
          charges: body.charges.map((c) => ({
            chargeId: c.chargeId ?? randomUUID(),
            offence: c.offence,
            offenceClass: c.offenceClass,
            maximumPenaltyMonths: c.maximumPenaltyMonths,
            minimumPenaltyMonths: c.minimumPenaltyMonths ?? null,
            violent: c.violent,
          })),
        },
      },
      respond: (result) => caseRecordedDto(caseId, result),
    });
    response.setHeader('Location', `/cases/${recorded.caseId}`).setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
