import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { imposeDisciplinarySanction } from './impose-disciplinary-sanction.decision';
import { ImposeDisciplinarySanctionDto } from './impose-disciplinary-sanction.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/disciplinary-sanctions')
export class ImposeDisciplinarySanctionController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({
    summary: 'Record a disciplinary sanction',
    description: 'Stored even when it restricts contact with her children (Bangkok Rule 23 forbids it): the safeguards raise that breach.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The custody version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async impose(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: ImposeDisciplinarySanctionDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.idempotency.run<CustodyRecordedDto>(idempotencyKey, (remember) =>
      this.imposeSanction(custodyId, body, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async imposeSanction(
    custodyId: string,
    body: ImposeDisciplinarySanctionDto,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CustodyRecordedDto) => Promise<void>,
  ): Promise<CustodyRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: custodyStreamId(custodyId),
      decider: imposeDisciplinarySanction,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        sanction: {
          custodyId,
          imposedAt: new Date(body.imposedAt).toISOString(),
          sanction: body.sanction,
          days: body.days,
          restrictsFamilyContact: body.restrictsFamilyContact,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, custodyRecordedDto(custodyId, r)),
    });
    return custodyRecordedDto(custodyId, result);
  }
}
