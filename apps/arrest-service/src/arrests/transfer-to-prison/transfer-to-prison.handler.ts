import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { transferToPrison } from './transfer-to-prison.decision';
import type { TransferToPrisonDto } from './transfer-to-prison.dto';

export class TransferToPrisonCommand extends ArrestCommand<TransferToPrisonDto> {}

@CommandHandler(TransferToPrisonCommand)
export class TransferToPrisonHandler implements ICommandHandler<TransferToPrisonCommand> {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  execute(command: TransferToPrisonCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: transferToPrison,
      command: {
        prison: this.units.unit(body.prisonFacility),
        transfer: {
          arrestId,
          transferredAt: new Date(body.transferredAt).toISOString(),
          prisonFacility: body.prisonFacility,
          detentionOrderReference: body.detentionOrderReference,
        },
      },
    });
  }
}
