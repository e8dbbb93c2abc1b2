import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { takeIntoPoliceCustody } from './take-into-police-custody.decision';
import { TakeIntoPoliceCustodyDto } from './take-into-police-custody.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/police-custody')
export class TakeIntoPoliceCustodyController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({ summary: 'Record that she was taken into police custody', description: 'Only after an arrest, and only once.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The arrest version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: TakeIntoPoliceCustodyDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.idempotency.run<RecordedDto>(idempotencyKey, (remember) =>
      this.takeIntoCustody(arrestId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async takeIntoCustody(
    arrestId: string,
    body: TakeIntoPoliceCustodyDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: RecordedDto) => Promise<void>,
  ): Promise<RecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: arrestStreamId(arrestId),
      decider: takeIntoPoliceCustody,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        custody: { arrestId, custodyAt: new Date(body.custodyAt).toISOString(), facility: body.facility },
      },
      alsoInTransaction: (sql, r) => remember(sql, recordedDto(arrestId, r)),
    });
    return recordedDto(arrestId, result);
  }
}
