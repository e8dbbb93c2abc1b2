import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { scheduleHearing } from './schedule-hearing.decision';
import { HearingScheduledDto, ScheduleHearingDto } from './schedule-hearing.dto';

@ApiTags('cases')
@Controller('cases/:caseId/hearings')
export class ScheduleHearingController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({ summary: 'Schedule a hearing', description: 'Families in the field report often learnt of no hearing: each one scheduled here can be followed by a family notification.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The case version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: HearingScheduledDto })
  async schedule(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: ScheduleHearingDto,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HearingScheduledDto> {
    const recorded = await this.idempotency.run<HearingScheduledDto>(idempotencyKey, (remember) =>
      this.scheduleHearing(caseId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async scheduleHearing(
    caseId: string,
    body: ScheduleHearingDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: HearingScheduledDto) => Promise<void>,
  ): Promise<HearingScheduledDto> {
    const hearingId = randomUUID();
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: scheduleHearing,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        hearing: { caseId, hearingId, kind: body.kind, hearingAt: new Date(body.hearingAt).toISOString(), place: body.place },
      },
      alsoInTransaction: (sql, r) => remember(sql, { ...caseRecordedDto(caseId, r), hearingId }),
    });
    return { ...caseRecordedDto(caseId, result), hearingId };
  }
}
