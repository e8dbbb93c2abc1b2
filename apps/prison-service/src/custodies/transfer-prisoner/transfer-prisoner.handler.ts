import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { transferPrisoner } from './transfer-prisoner.decision';
import type { TransferPrisonerDto } from './transfer-prisoner.dto';

export class TransferPrisonerCommand extends CustodyCommand<TransferPrisonerDto> {}

@CommandHandler(TransferPrisonerCommand)
export class TransferPrisonerHandler extends StreamChangeHandler<TransferPrisonerCommand> {
  @Inject(UnitRegistry) private readonly units!: UnitRegistry;

  execute(command: TransferPrisonerCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, transferPrisoner, {
      toFacility: this.units.unit(body.toFacilityId),
      transfer: { custodyId, transferredAt: new Date(body.transferredAt).toISOString(), toFacilityId: body.toFacilityId, reason: body.reason },
    });
  }
}
