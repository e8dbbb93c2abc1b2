import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { transferToPrison } from './transfer-to-prison.decision';
import { TransferToPrisonDto } from './transfer-to-prison.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/prison-transfers')
export class TransferToPrisonController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({ summary: 'Record that she was transferred from police custody to prison', description: 'Only from police custody, on a pre-trial detention order.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The arrest version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: TransferToPrisonDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.idempotency.run<RecordedDto>(idempotencyKey, (remember) =>
      this.transfer(arrestId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async transfer(
    arrestId: string,
    body: TransferToPrisonDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: RecordedDto) => Promise<void>,
  ): Promise<RecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: arrestStreamId(arrestId),
      decider: transferToPrison,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        transfer: {
          arrestId,
          transferredAt: new Date(body.transferredAt).toISOString(),
          prisonFacility: body.prisonFacility,
          detentionOrderReference: body.detentionOrderReference,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, recordedDto(arrestId, r)),
    });
    return recordedDto(arrestId, result);
  }
}
