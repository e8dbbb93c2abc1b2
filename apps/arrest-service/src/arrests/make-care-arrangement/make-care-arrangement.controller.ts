import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { makeCareArrangement } from './make-care-arrangement.decision';
import { MakeCareArrangementDto } from './make-care-arrangement.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/children/:childId/care-arrangements')
export class MakeCareArrangementController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({
    summary: 'Record who will look after a child recorded in the screening while she is held',
    description: 'Whether it was made before she was taken into custody is decided from the record. An unknown child answers 422 CHILD.NOT_ON_RECORD.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The arrest version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: RecordedDto })
  async make(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Param('childId', ParseUUIDPipe) childId: string,
    @Body() body: MakeCareArrangementDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.idempotency.run<RecordedDto>(idempotencyKey, (remember) =>
      this.makeArrangement(arrestId, childId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async makeArrangement(
    arrestId: string,
    childId: string,
    body: MakeCareArrangementDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: RecordedDto) => Promise<void>,
  ): Promise<RecordedDto> {
    const { caregiver } = body;
    const result = await decideAndAppend(this.store, {
      streamId: arrestStreamId(arrestId),
      decider: makeCareArrangement,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        arrangement: {
          arrestId,
          childId,
          arrangedAt: new Date(body.arrangedAt).toISOString(),
          caregiver: { name: caregiver.name ?? null, relation: caregiver.relation, ageYears: caregiver.ageYears ?? null, contact: caregiver.contact ?? null },
          chosenByParent: body.chosenByParent,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, recordedDto(arrestId, r)),
    });
    return recordedDto(arrestId, result);
  }
}
