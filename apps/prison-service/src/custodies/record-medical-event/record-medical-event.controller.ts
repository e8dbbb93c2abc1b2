import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { recordMedicalEvent } from './record-medical-event.decision';
import { RecordMedicalEventDto } from './record-medical-event.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/medical-events')
export class RecordMedicalEventController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({
    summary: 'Record a medical event of hers or of a child living with her',
    description: 'A child named must live in prison with her now, else 422 CHILD.NOT_IN_PRISON.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The custody version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordMedicalEventDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.idempotency.run<CustodyRecordedDto>(idempotencyKey, (remember) =>
      this.recordMedicalEvent(custodyId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordMedicalEvent(
    custodyId: string,
    body: RecordMedicalEventDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CustodyRecordedDto) => Promise<void>,
  ): Promise<CustodyRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: custodyStreamId(custodyId),
      decider: recordMedicalEvent,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        medicalEvent: {
          custodyId,
          occurredAt: new Date(body.occurredAt).toISOString(),
          childId: body.childId ?? null,
          kind: body.kind,
          serious: body.serious,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, custodyRecordedDto(custodyId, r)),
    });
    return custodyRecordedDto(custodyId, result);
  }
}
