import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { recordDependantsScreening } from './record-dependants-screening.decision';
import { RecordDependantsScreeningDto } from './record-dependants-screening.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/dependants-screening')
export class RecordDependantsScreeningController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({
    summary: 'Record that she was asked about pregnancy and dependent children, and her answer',
    description: 'California Penal Code §851.5(c) allows 3 hours; the field report asks for it before custody. She may decline to answer.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The arrest version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: RecordDependantsScreeningDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.idempotency.run<RecordedDto>(idempotencyKey, (remember) =>
      this.recordScreening(arrestId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordScreening(
    arrestId: string,
    body: RecordDependantsScreeningDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: RecordedDto) => Promise<void>,
  ): Promise<RecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: arrestStreamId(arrestId),
      decider: recordDependantsScreening,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        screening: {
          arrestId,
          askedAt: new Date(body.askedAt).toISOString(),
          askedBy: body.askedBy,
          answer: body.answer,
          pregnancy: body.pregnancy,
          numberOfChildren: body.numberOfChildren ?? null,
          consentToRecordChildDetails: body.consentToRecordChildDetails,
          children: body.children.map((c) => ({
            childId: c.childId ?? randomUUID(),
            name: c.name,
            sex: c.sex,
            dateOfBirth: c.dateOfBirth ?? null,
            ageYears: c.ageYears ?? null,
            whereabouts: c.whereabouts,
            caregiver: c.caregiver
              ? { name: c.caregiver.name ?? null, relation: c.caregiver.relation, ageYears: c.caregiver.ageYears ?? null, contact: c.caregiver.contact ?? null }
              : null,
          })),
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, recordedDto(arrestId, r)),
    });
    return recordedDto(arrestId, result);
  }
}
