import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { recordPhoneCall } from './record-phone-call.decision';
import { RecordPhoneCallDto } from './record-phone-call.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/phone-calls')
export class RecordPhoneCallController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Record a phone call she made to her family', description: 'Each child named must be known to the prison, else 422 CHILD.UNKNOWN.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The custody version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordPhoneCallDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.idempotency.run<CustodyRecordedDto>(idempotencyKey, (remember) =>
      this.recordCall(custodyId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordCall(
    custodyId: string,
    body: RecordPhoneCallDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CustodyRecordedDto) => Promise<void>,
  ): Promise<CustodyRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: custodyStreamId(custodyId),
      decider: recordPhoneCall,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        call: {
          custodyId,
          calledAt: new Date(body.calledAt).toISOString(),
          withWhom: body.withWhom,
          childIds: body.childIds,
          durationMinutes: body.durationMinutes,
          cost: body.cost ? { amount: body.cost.amount, currency: body.cost.currency } : null,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, custodyRecordedDto(custodyId, r)),
    });
    return custodyRecordedDto(custodyId, result);
  }
}
