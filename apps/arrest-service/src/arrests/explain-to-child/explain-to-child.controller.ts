import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { explainToChild } from './explain-to-child.decision';
import { ExplainToChildDto } from './explain-to-child.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/children/:childId/explanations')
export class ExplainToChildController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({
    summary: 'Record that a child was told what is happening and where the parent is taken',
    description: 'The child must be recorded on the arrest, else 422 CHILD.NOT_ON_RECORD.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The arrest version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: RecordedDto })
  async explain(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Param('childId', ParseUUIDPipe) childId: string,
    @Body() body: ExplainToChildDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.idempotency.run<RecordedDto>(idempotencyKey, (remember) =>
      this.recordExplanation(arrestId, childId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordExplanation(
    arrestId: string,
    childId: string,
    body: ExplainToChildDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: RecordedDto) => Promise<void>,
  ): Promise<RecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: arrestStreamId(arrestId),
      decider: explainToChild,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        explanation: { arrestId, childId, explainedAt: new Date(body.explainedAt).toISOString(), explainedBy: body.explainedBy },
      },
      alsoInTransaction: (sql, r) => remember(sql, recordedDto(arrestId, r)),
    });
    return recordedDto(arrestId, result);
  }
}
