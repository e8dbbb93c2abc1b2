import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { grantClemency } from './grant-clemency.decision';
import { GrantClemencyDto } from './grant-clemency.dto';

@ApiTags('cases')
@Controller('cases/:caseId/clemency')
export class GrantClemencyController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({ summary: 'Record a pardon, an amnesty or a sentence reduction', description: 'Only once a sentence is imposed. A reduction gives the months it takes off.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The case version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async grant(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: GrantClemencyDto,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.idempotency.run<CaseRecordedDto>(idempotencyKey, (remember) => this.recordClemency(caseId, body, metadata, expectedVersion, remember));
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordClemency(
    caseId: string,
    body: GrantClemencyDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CaseRecordedDto) => Promise<void>,
  ): Promise<CaseRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: grantClemency,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        clemency: { caseId, grantedAt: new Date(body.grantedAt).toISOString(), kind: body.kind, reductionMonths: body.reductionMonths ?? null },
      },
      alsoInTransaction: (sql, r) => remember(sql, caseRecordedDto(caseId, r)),
    });
    return caseRecordedDto(caseId, result);
  }
}
