import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { CustodyRecordedDto, custodyRecordedDto } from '../custody-recorded.dto';
import { assertCustodyVisible } from '../custody-visibility';
import { custodyStreamId } from '../custody.state';
import { transferPrisoner } from './transfer-prisoner.decision';
import { TransferPrisonerDto } from './transfer-prisoner.dto';

@ApiTags('custodies')
@Controller('custodies/:custodyId/transfers')
export class TransferPrisonerController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'custodyId' })
  @HttpCode(201)
  @Allow('prison-officer')
  @ApiOperation({
    summary: 'Record that she was moved to another facility',
    description:
      'Only while she is held, and only to a prison of the unit registry (GET /units?kind=prison; 400 otherwise). ' +
      'The answer still reaches the sending facility, whose officers no longer see her afterwards.',
  })
  @WriteHeaders('custody')
  @ApiCreatedResponse({ type: CustodyRecordedDto })
  async record(
    @Param('custodyId', ParseUUIDPipe) custodyId: string,
    @Body() body: TransferPrisonerDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CustodyRecordedDto> {
    const recorded = await this.commands.record({
      streamId: custodyStreamId(custodyId),
      decider: transferPrisoner,
      context,
      // Checked inside the idempotent work: once she is moved, the sending facility no longer
      // sees her, yet its retry (same credential, same request) must get the first answer.
      authorize: () => assertCustodyVisible(this.store, custodyId, principal),
      command: {
        now: this.clock.now(),
        toFacility: this.units.unit(body.toFacilityId),
        transfer: { custodyId, transferredAt: new Date(body.transferredAt).toISOString(), toFacilityId: body.toFacilityId, reason: body.reason },
      },
      respond: (result) => custodyRecordedDto(custodyId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
