import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { custodyRecordedDto } from '../custody-recorded.dto';
import { custodyStreamId } from '../custody.state';
import { assertCustodyVisible } from '../custody-visibility';
import { recordVisit } from './record-visit.decision';
import { RecordVisitDto, VisitRecordedDto } from './record-visit.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/visits')
export class RecordVisitController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({
    summary: 'Record a visit that took place',
    description: 'Every visiting child (childIds: one visit may bring several) must be known to the prison (else 422 CHILD.UNKNOWN); a visit without a child names its visitor. Any fee asked is recorded.',
  })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: VisitRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordVisitDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<VisitRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const visitId = randomUUID();
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: recordVisit,
      context,
      command: {
        now: this.clock.now(),
        visit: {
          custodyId,
          visitId,
          visitedAt: new Date(body.visitedAt).toISOString(),
          durationMinutes: body.durationMinutes,
          childIds: childrenWhoCame(body),
          visitorName: body.visitorName ?? null,
          accompanyingAdult: body.accompanyingAdult ?? null,
          setting: body.setting,
          fee: body.fee ? { amount: body.fee.amount, currency: body.fee.currency } : null,
          ownClothesAllowed: body.ownClothesAllowed,
        },
      },
      respond: (result) => ({ ...custodyRecordedDto(custodyId, result), visitId }),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}

/** Every child the body names, once: `childIds`, and the single `childId` older callers send. */
function childrenWhoCame(body: RecordVisitDto): string[] {
  return [...new Set([...(body.childIds ?? []), ...(body.childId ? [body.childId] : [])])];
}
