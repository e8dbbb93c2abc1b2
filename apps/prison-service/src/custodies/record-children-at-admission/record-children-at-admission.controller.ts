import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { assertCustodyVisible } from '../custody-visibility';
import { custodyStreamId } from '../custody.state';
import { recordChildrenAtAdmission } from './record-children-at-admission.decision';
import { RecordChildrenAtAdmissionDto } from './record-children-at-admission.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/children-records')
export class RecordChildrenAtAdmissionController {
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
    summary: 'Record her children at admission, and her answer',
    description:
      'Bangkok Rule 3. She may decline to say; without her consent only the number of children is kept. A child may be known only by an age or a birth year, her name or sex withheld for a stated reason.',
  })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordChildrenAtAdmissionDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: recordChildrenAtAdmission,
      context,
      command: {
        now: this.clock.now(),
        record: {
          custodyId,
          recordedAt: new Date(body.recordedAt).toISOString(),
          answer: body.answer,
          numberOfChildren: body.numberOfChildren ?? null,
          consentToRecordDetails: body.consentToRecordDetails,
          children: body.children.map((c) => ({
            childId: c.childId ?? randomUUID(),
            name: c.name ?? null,
            sex: c.sex ?? null,
            detailsWithheld: c.detailsWithheld ?? null,
            birthYear: c.birthYear ?? null,
            dateOfBirth: c.dateOfBirth ?? null,
            ageYears: c.ageYears ?? null,
            livesWhere: c.livesWhere ?? null,
            custodyStatus: c.custodyStatus,
          })),
        },
      },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
