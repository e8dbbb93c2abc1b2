import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { imposeDisciplinarySanction } from './impose-disciplinary-sanction.decision';
import type { ImposeDisciplinarySanctionDto } from './impose-disciplinary-sanction.dto';

export class ImposeDisciplinarySanctionCommand extends CustodyCommand<ImposeDisciplinarySanctionDto> {}

@CommandHandler(ImposeDisciplinarySanctionCommand)
export class ImposeDisciplinarySanctionHandler extends StreamChangeHandler<ImposeDisciplinarySanctionCommand> {
  execute(command: ImposeDisciplinarySanctionCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, imposeDisciplinarySanction, {
      sanction: {
        custodyId,
        imposedAt: new Date(body.imposedAt).toISOString(),
        sanction: body.sanction,
        days: body.days,
        restrictsFamilyContact: body.restrictsFamilyContact,
      },
    });
  }
}
