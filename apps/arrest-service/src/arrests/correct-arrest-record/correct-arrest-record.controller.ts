import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { correctArrestRecord } from './correct-arrest-record.decision';
import { CorrectArrestRecordDto } from './correct-arrest-record.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/corrections')
export class CorrectArrestRecordController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({
    summary: 'Correct a field of the arrest as recorded, saying why',
    description: 'The original stays in the history; the correction keeps the value it replaces. The same value again, or one of the wrong type, answers 400.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The arrest version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: RecordedDto })
  async correct(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: CorrectArrestRecordDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.idempotency.run<RecordedDto>(idempotencyKey, (remember) =>
      this.recordCorrection(arrestId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordCorrection(
    arrestId: string,
    body: CorrectArrestRecordDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: RecordedDto) => Promise<void>,
  ): Promise<RecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: arrestStreamId(arrestId),
      decider: correctArrestRecord,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        correction: { arrestId, field: body.field, correctedValue: body.correctedValue, reason: body.reason },
      },
      alsoInTransaction: (sql, r) => remember(sql, recordedDto(arrestId, r)),
    });
    return recordedDto(arrestId, result);
  }
}
