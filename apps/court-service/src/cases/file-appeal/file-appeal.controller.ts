import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { fileAppeal } from './file-appeal.decision';
import { AppealFiledDto, FileAppealDto } from './file-appeal.dto';

@ApiTags('cases')
@Controller('cases/:caseId/appeals')
export class FileAppealController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('court-clerk', 'judge')
  @ApiOperation({
    summary: 'Record an appeal against the judgment',
    description: 'Only once a verdict is delivered. Says whether she stays detained while it waits: people have been held past their sentence this way.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The case version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: AppealFiledDto })
  async file(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FileAppealDto,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AppealFiledDto> {
    const recorded = await this.idempotency.run<AppealFiledDto>(idempotencyKey, (remember) => this.recordAppeal(caseId, body, metadata, expectedVersion, remember));
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordAppeal(
    caseId: string,
    body: FileAppealDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: AppealFiledDto) => Promise<void>,
  ): Promise<AppealFiledDto> {
    const appealId = randomUUID();
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: fileAppeal,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        appeal: { caseId, appealId, filedAt: new Date(body.filedAt).toISOString(), filedBy: body.filedBy, detainedPendingAppeal: body.detainedPendingAppeal },
      },
      alsoInTransaction: (sql, r) => remember(sql, { ...caseRecordedDto(caseId, r), appealId }),
    });
    return { ...caseRecordedDto(caseId, result), appealId };
  }
}
