import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { imposeSentence } from './impose-sentence.decision';
import { ImposeSentenceDto } from './impose-sentence.dto';

@ApiTags('cases')
@Controller('cases/:caseId/sentences')
export class ImposeSentenceController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({
    summary: 'Record the sentence imposed after a conviction',
    description: 'Only after a verdict convicting her of at least one charge, and once. Says whether her children’s welfare and alternatives to prison were weighed.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The case version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async impose(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: ImposeSentenceDto,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.idempotency.run<CaseRecordedDto>(idempotencyKey, (remember) => this.recordSentence(caseId, body, metadata, expectedVersion, remember));
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordSentence(
    caseId: string,
    body: ImposeSentenceDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CaseRecordedDto) => Promise<void>,
  ): Promise<CaseRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: imposeSentence,
      metadata,
      expectedVersion,
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
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, caseRecordedDto(caseId, r)),
    });
    return caseRecordedDto(caseId, result);
  }
}
