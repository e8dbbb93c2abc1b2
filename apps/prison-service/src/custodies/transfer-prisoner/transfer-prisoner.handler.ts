import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { transferPrisoner } from './transfer-prisoner.decision';
import type { TransferPrisonerDto } from './transfer-prisoner.dto';

export class TransferPrisonerCommand extends CustodyCommand<TransferPrisonerDto> {}

@CommandHandler(TransferPrisonerCommand)
export class TransferPrisonerHandler implements ICommandHandler<TransferPrisonerCommand> {
  constructor(
    @Inject(StreamCommands) private readonly commands: StreamCommands,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  execute(command: TransferPrisonerCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: transferPrisoner,
      command: {
        toFacility: this.units.unit(body.toFacilityId),
        transfer: { custodyId, transferredAt: new Date(body.transferredAt).toISOString(), toFacilityId: body.toFacilityId, reason: body.reason },
      },
    });
  }
}
