import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { assertCustodyVisible } from '../custody-visibility';
import { custodyStreamId } from '../custody.state';
import { transferPrisoner } from './transfer-prisoner.decision';
import { TransferPrisonerDto } from './transfer-prisoner.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/transfers')
export class TransferPrisonerController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({
    summary: 'Record that she was moved to another facility',
    description: 'Only while she is held. The answer still reaches the sending facility, whose officers no longer see her afterwards.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The custody version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: TransferPrisonerDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    // Visibility is checked inside the idempotent work: once she is moved, the sending facility
    // no longer sees her, yet its retry (same credential, same request) must get the first answer.
    const recorded = await this.idempotency.run<CustodyRecordedDto>(idempotencyKey, async (remember) => {
      await assertCustodyVisible(this.store, custodyId, principal);
      return this.transfer(custodyId, body, metadata, expectedVersion, remember);
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async transfer(
    custodyId: string,
    body: TransferPrisonerDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CustodyRecordedDto) => Promise<void>,
  ): Promise<CustodyRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: custodyStreamId(custodyId),
      decider: transferPrisoner,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        transfer: { custodyId, transferredAt: new Date(body.transferredAt).toISOString(), toFacilityId: body.toFacilityId, reason: body.reason },
      },
      alsoInTransaction: (sql, r) => remember(sql, custodyRecordedDto(custodyId, r)),
    });
    return custodyRecordedDto(custodyId, result);
  }
}
