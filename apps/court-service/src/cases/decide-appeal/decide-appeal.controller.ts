import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { decideAppeal } from './decide-appeal.decision';
import { DecideAppealDto } from './decide-appeal.dto';

@ApiTags('cases')
@Controller('cases/:caseId/appeals/:appealId/decisions')
export class DecideAppealController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({ summary: 'Record the appeal court’s decision', description: 'Once per appeal. A changed sentence gives its new prison term.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The case version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async decide(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('appealId', ParseUUIDPipe) appealId: string,
    @Body() body: DecideAppealDto,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.idempotency.run<CaseRecordedDto>(idempotencyKey, (remember) =>
      this.recordAppealDecision(caseId, appealId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordAppealDecision(
    caseId: string,
    appealId: string,
    body: DecideAppealDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CaseRecordedDto) => Promise<void>,
  ): Promise<CaseRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: decideAppeal,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        decision: { caseId, appealId, decidedAt: new Date(body.decidedAt).toISOString(), outcome: body.outcome, newCustodialMonths: body.newCustodialMonths ?? null },
      },
      alsoInTransaction: (sql, r) => remember(sql, caseRecordedDto(caseId, r)),
    });
    return caseRecordedDto(caseId, result);
  }
}
