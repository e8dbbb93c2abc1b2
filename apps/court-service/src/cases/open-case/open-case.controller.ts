import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { openCase } from './open-case.decision';
import { OpenCaseDto } from './open-case.dto';

@ApiTags('cases')
@Controller('cases')
export class OpenCaseController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
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
    const recorded = await this.idempotency.run<CaseRecordedDto>(idempotencyKey, (remember) => this.openCase(body, metadata, remember));
    response.setHeader('Location', `/cases/${recorded.caseId}`).setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async openCase(body: OpenCaseDto, metadata: AppendMetadata, remember: (sql: Sql, response: CaseRecordedDto) => Promise<void>): Promise<CaseRecordedDto> {
    const caseId = randomUUID();
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: openCase,
      metadata,
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
            violent: c.violent,
          })),
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, caseRecordedDto(caseId, r)),
    });
    return caseRecordedDto(caseId, result);
  }
}
