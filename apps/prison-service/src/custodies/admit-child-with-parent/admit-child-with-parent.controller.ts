import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { custodyRecordedDto } from '../custody-recorded.dto';
import { assertCustodyVisible } from '../custody-visibility';
import { custodyStreamId } from '../custody.state';
import { admitChildWithParent } from './admit-child-with-parent.decision';
import { AdmitChildWithParentDto, ChildRecordedDto } from './admit-child-with-parent.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/children-in-prison')
export class AdmitChildWithParentController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Record that a child came to live in prison with her', description: 'Bangkok Rules 49–52 follow: the child is assessed and cared for as an individual.' })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: ChildRecordedDto })
  async admit(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: AdmitChildWithParentDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ChildRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const childId = body.childId ?? randomUUID();
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: admitChildWithParent,
      context,
      command: {
        now: this.clock.now(),
        child: { custodyId, childId, admittedAt: new Date(body.admittedAt).toISOString(), dateOfBirth: body.dateOfBirth, reason: body.reason },
      },
      respond: (result) => ({ ...custodyRecordedDto(custodyId, result), childId }),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
