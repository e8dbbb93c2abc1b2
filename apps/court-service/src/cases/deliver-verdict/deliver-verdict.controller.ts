import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { deliverVerdict } from './deliver-verdict.decision';
import { DeliverVerdictDto } from './deliver-verdict.dto';

@ApiTags('cases')
@Controller('cases/:caseId/verdicts')
export class DeliverVerdictController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({ summary: 'Record the trial court’s verdict', description: 'One finding, convicted or acquitted, on every charge of the case. A case is judged once.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The case version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async deliver(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: DeliverVerdictDto,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.idempotency.run<CaseRecordedDto>(idempotencyKey, (remember) => this.recordVerdict(caseId, body, metadata, expectedVersion, remember));
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordVerdict(
    caseId: string,
    body: DeliverVerdictDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CaseRecordedDto) => Promise<void>,
  ): Promise<CaseRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: deliverVerdict,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        verdict: {
          caseId,
          deliveredAt: new Date(body.deliveredAt).toISOString(),
          findings: body.findings.map((f) => ({ chargeId: f.chargeId, outcome: f.outcome })),
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, caseRecordedDto(caseId, r)),
    });
    return caseRecordedDto(caseId, result);
  }
}
