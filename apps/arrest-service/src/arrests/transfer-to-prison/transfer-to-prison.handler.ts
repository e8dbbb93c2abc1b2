import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { transferToPrison } from './transfer-to-prison.decision';
import type { TransferToPrisonDto } from './transfer-to-prison.dto';

export class TransferToPrisonCommand extends ArrestCommand<TransferToPrisonDto> {}

@CommandHandler(TransferToPrisonCommand)
export class TransferToPrisonHandler extends StreamChangeHandler<TransferToPrisonCommand> {
  @Inject(UnitRegistry) private readonly units!: UnitRegistry;

  execute(command: TransferToPrisonCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, transferToPrison, {
      prison: this.units.unit(body.prisonFacility),
      transfer: {
        arrestId,
        transferredAt: new Date(body.transferredAt).toISOString(),
        prisonFacility: body.prisonFacility,
        detentionOrderReference: body.detentionOrderReference,
      },
    });
  }
}
