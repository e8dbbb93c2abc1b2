import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { ChildRecordedDto } from '../admit-child-with-parent/admit-child-with-parent.dto';
import { custodyRecordedDto } from '../custody-recorded.dto';
import { assertCustodyVisible } from '../custody-visibility';
import { custodyStreamId } from '../custody.state';
import { recordBirth } from './record-birth.decision';
import { RecordBirthDto } from './record-birth.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/births')
export class RecordBirthController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({ summary: 'Record a child born while she is in custody', description: 'The child lives in prison with her from birth.' })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: ChildRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: RecordBirthDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ChildRecordedDto> {
    await assertCustodyVisible(this.store, custodyId, principal);
    const childId = body.childId ?? randomUUID();
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: recordBirth,
      context,
      command: { now: this.clock.now(), birth: { custodyId, childId, bornAt: new Date(body.bornAt).toISOString(), sex: body.sex } },
      respond: (result) => ({ ...custodyRecordedDto(custodyId, result), childId }),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
