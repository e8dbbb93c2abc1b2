import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { giveFamilyContact } from './give-family-contact.decision';
import { GiveFamilyContactDto } from './give-family-contact.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/family-contacts')
export class GiveFamilyContactController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({
    summary: 'Record that she could reach her children or whoever looks after them',
    description: 'Bangkok Rule 26. Every child named must be recorded on the arrest, else 422 CHILD.NOT_ON_RECORD.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The arrest version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: RecordedDto })
  async give(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: GiveFamilyContactDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.idempotency.run<RecordedDto>(idempotencyKey, (remember) =>
      this.recordContact(arrestId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async recordContact(
    arrestId: string,
    body: GiveFamilyContactDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: RecordedDto) => Promise<void>,
  ): Promise<RecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: arrestStreamId(arrestId),
      decider: giveFamilyContact,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        contact: {
          arrestId,
          contactedAt: new Date(body.contactedAt).toISOString(),
          method: body.method,
          contactedName: body.contactedName ?? null,
          contactedRelation: body.contactedRelation,
          childIds: body.childIds,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, recordedDto(arrestId, r)),
    });
    return recordedDto(arrestId, result);
  }
}
