import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { decideAndAppend, EventStore, type AppendMetadata, type Sql } from '@safeguard/event-store';
import { Clock, ExpectedVersion, IdempotencyKeyHeader, IdempotentRequests, RequestMetadata, type IdempotencyKey } from '@safeguard/platform';
import { CaseRecordedDto, caseRecordedDto } from '../case-recorded.dto';
import { caseStreamId } from '../case.state';
import { makePretrialDecision } from './make-pretrial-decision.decision';
import { MakePretrialDecisionDto } from './make-pretrial-decision.dto';

@ApiTags('cases')
@Controller('cases/:caseId/pretrial-decisions')
export class MakePretrialDecisionController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('judge')
  @ApiOperation({
    summary: 'Record the investigating judge’s decision on liberty before trial',
    description: 'Detention needs grounds (CCP art. 205), reasons, a term and an order reference. The deciding judge is the caller.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The case version last read; a stale one answers 409' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' })
  @ApiCreatedResponse({ type: CaseRecordedDto })
  async decide(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: MakePretrialDecisionDto,
    @CurrentPrincipal() principal: Principal,
    @RequestMetadata() metadata: AppendMetadata,
    @ExpectedVersion() expectedVersion: number | undefined,
    @IdempotencyKeyHeader() idempotencyKey: IdempotencyKey | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseRecordedDto> {
    const recorded = await this.idempotency.run<CaseRecordedDto>(idempotencyKey, (remember) =>
      this.makeDecision(caseId, body, principal, metadata, expectedVersion, remember),
    );
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }

  private async makeDecision(
    caseId: string,
    body: MakePretrialDecisionDto,
    principal: Principal,
    metadata: AppendMetadata,
    expectedVersion: number | undefined,
    remember: (sql: Sql, response: CaseRecordedDto) => Promise<void>,
  ): Promise<CaseRecordedDto> {
    const result = await decideAndAppend(this.store, {
      streamId: caseStreamId(caseId),
      decider: makePretrialDecision,
      metadata,
      expectedVersion,
      command: {
        now: this.clock.now(),
        decision: {
          caseId,
          decidedAt: new Date(body.decidedAt).toISOString(),
          judge: principal.userId,
          outcome: body.outcome,
          grounds: body.grounds,
          justification: body.justification ?? null,
          askedAboutPregnancyAndDependants: body.askedAboutPregnancyAndDependants,
          careArrangementsNoted: body.careArrangementsNoted ?? null,
          alternativesConsidered: body.alternativesConsidered,
          detentionMonths: body.detentionMonths ?? null,
          detentionOrderReference: body.detentionOrderReference ?? null,
        },
      },
      alsoInTransaction: (sql, r) => remember(sql, caseRecordedDto(caseId, r)),
    });
    return caseRecordedDto(caseId, result);
  }
}
