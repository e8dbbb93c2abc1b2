import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { recordConsularContact } from './record-consular-contact.decision';
import { RecordConsularContactDto } from './record-consular-contact.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/consular-contacts')
export class RecordConsularContactController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Record consular contact offered, made or declined', description: 'For a foreign national: Vienna Convention on Consular Relations art. 36.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The custody version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordConsularContactDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.idempotency.run<CustodyRecordedDto>(idempotencyKey, (remember) =>
      this.recordContact(custodyId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordContact(
    custodyId: string,
    body: RecordConsularContactDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CustodyRecordedDto) => Promise<void>,
  ): Promise<CustodyRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: custodyStreamId(custodyId),
      decider: recordConsularContact,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        contact: { custodyId, recordedAt: new Date(body.recordedAt).toISOString(), kind: body.kind, consulate: body.consulate },
      },
      alsoInTransaction: (sql, r) => remember(sql, custodyRecordedDto(custodyId, r)),
    });
    return custodyRecordedDto(custodyId, result);
  }
}
