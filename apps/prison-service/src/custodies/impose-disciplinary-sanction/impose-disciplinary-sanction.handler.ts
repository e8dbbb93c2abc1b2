import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { imposeDisciplinarySanction } from './impose-disciplinary-sanction.decision';
import type { ImposeDisciplinarySanctionDto } from './impose-disciplinary-sanction.dto';

export class ImposeDisciplinarySanctionCommand extends CustodyCommand<ImposeDisciplinarySanctionDto> {}

@CommandHandler(ImposeDisciplinarySanctionCommand)
export class ImposeDisciplinarySanctionHandler implements ICommandHandler<ImposeDisciplinarySanctionCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ImposeDisciplinarySanctionCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: imposeDisciplinarySanction,
      command: {
        sanction: {
          custodyId,
          imposedAt: new Date(body.imposedAt).toISOString(),
          sanction: body.sanction,
          days: body.days,
          restrictsFamilyContact: body.restrictsFamilyContact,
        },
      },
    });
  }
}
