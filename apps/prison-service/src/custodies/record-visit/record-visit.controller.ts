import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { recordVisit } from './record-visit.decision';
import { RecordVisitDto, VisitRecordedDto } from './record-visit.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/visits')
export class RecordVisitController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({
    summary: 'Record a visit that took place',
    description: 'A visiting child must be known to the prison (else 422 CHILD.UNKNOWN); a visit without a child names its visitor. Any fee asked is recorded.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The custody version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: VisitRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordVisitDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<VisitRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.idempotency.run<VisitRecordedDto>(idempotencyKey, (remember) =>
      this.recordVisit(custodyId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordVisit(
    custodyId: string,
    body: RecordVisitDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: VisitRecordedDto) => Promise<void>,
  ): Promise<VisitRecordedDto> {
    const visitId = randomUUID();
    const result = await decideAndAppend(this.store, {
      streamId: custodyStreamId(custodyId),
      decider: recordVisit,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        visit: {
          custodyId,
          visitId,
          visitedAt: new Date(body.visitedAt).toISOString(),
          durationMinutes: body.durationMinutes,
          childId: body.childId ?? null,
          visitorName: body.visitorName ?? null,
          accompanyingAdult: body.accompanyingAdult ?? null,
          setting: body.setting,
          fee: body.fee ? { amount: body.fee.amount, currency: body.fee.currency } : null,
          ownClothesAllowed: body.ownClothesAllowed,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, { ...custodyRecordedDto(custodyId, r), visitId }),
    });
    return { ...custodyRecordedDto(custodyId, result), visitId };
  }
}
