import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { closeCase } from './close-case.decision';
import { CloseCaseDto } from './close-case.dto';

@ApiTags('cases')
@Controller('cases/:caseId/closure')
export class CloseCaseController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({ summary: 'Close the case, saying why', description: 'The last fact of a case: nothing is recorded on it afterwards.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The case version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async close(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: CloseCaseDto,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.idempotency.run<CaseRecordedDto>(idempotencyKey, (remember) => this.recordClosure(caseId, body, metadata, expectedVersion, remember));
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordClosure(
    caseId: string,
    body: CloseCaseDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CaseRecordedDto) => Promise<void>,
  ): Promise<CaseRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: closeCase,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        closure: { caseId, closedAt: new Date(body.closedAt).toISOString(), reason: body.reason },
      },
      alsoInTransaction: (sql, r) => remember(sql, caseRecordedDto(caseId, r)),
    });
    return caseRecordedDto(caseId, result);
  }
}
