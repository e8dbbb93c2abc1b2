import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentPrincipal, type Principal } from '@safeguard/auth';
import { EventStore } from '@safeguard/event-store';
import { AccessLogged, Clock, type CommandContext, StreamCommands, WriteContext, WriteHeaders } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { arrestStreamId } from '../arrest.state';
import { RecordedDto, recordedDto } from '../record-arrest/record-arrest.dto';
import { assertArrestVisible } from '../arrest-visibility';
import { transferToPrison } from './transfer-to-prison.decision';
import { TransferToPrisonDto } from './transfer-to-prison.dto';

@ApiTags('arrests')
@Controller('arrests/:arrestId/prison-transfers')
export class TransferToPrisonController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  @Post()
  @AccessLogged('change', { record: 'arrestId' })
  @HttpCode(201)
  @Allow('police-officer')
  @ApiOperation({ summary: 'Record that she was transferred from police custody to prison', description: 'Only from police custody, on a pre-trial detention order, to a prison of the unit registry (GET /units?kind=prison; 400 otherwise).' })
  @WriteHeaders('arrest')
  @ApiCreatedResponse({ type: RecordedDto })
  async record(
    @Param('arrestId', ParseUUIDPipe) arrestId: string,
    @Body() body: TransferToPrisonDto,
    @CurrentPrincipal() principal: Principal,
    @WriteContext() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedDto> {
    await assertArrestVisible(this.store, arrestId, principal);
    const recorded = await this.commands.record({
      streamId: arrestStreamId(arrestId),
      decider: transferToPrison,
      context,
      command: {
        now: this.clock.now(),
        prison: this.units.unit(body.prisonFacility),
        transfer: {
          arrestId,
          transferredAt: new Date(body.transferredAt).toISOString(),
          prisonFacility: body.prisonFacility,
          detentionOrderReference: body.detentionOrderReference,
        },
      },
      respond: (result) => recordedDto(arrestId, result),
    });
    response.setHeader('ETag', `"${recorded.version}"`);
    return recorded;
  }
}
