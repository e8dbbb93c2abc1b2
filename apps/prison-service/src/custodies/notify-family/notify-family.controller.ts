import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { notifyFamily } from './notify-family.decision';
import { NotifyFamilyDto } from './notify-family.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/family-notifications')
export class NotifyFamilyController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Record that her family was told', description: 'Of a transfer, a medical matter, a legal date or a release; accepted after a release too.' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The custody version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: NotifyFamilyDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.idempotency.run<CustodyRecordedDto>(idempotencyKey, (remember) =>
      this.recordNotification(custodyId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordNotification(
    custodyId: string,
    body: NotifyFamilyDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CustodyRecordedDto) => Promise<void>,
  ): Promise<CustodyRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: custodyStreamId(custodyId),
      decider: notifyFamily,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        notification: {
          custodyId,
          notifiedAt: new Date(body.notifiedAt).toISOString(),
          about: body.about,
          notifiedPerson: body.notifiedPerson,
          isCaregiver: body.isCaregiver,
          method: body.method,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, custodyRecordedDto(custodyId, r)),
    });
    return custodyRecordedDto(custodyId, result);
  }
}
