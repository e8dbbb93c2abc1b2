import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { notifyFamily } from './notify-family.decision';
import type { NotifyFamilyDto } from './notify-family.dto';

export class NotifyFamilyCommand extends CustodyCommand<NotifyFamilyDto> {}

@CommandHandler(NotifyFamilyCommand)
export class NotifyFamilyHandler implements ICommandHandler<NotifyFamilyCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: NotifyFamilyCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: notifyFamily,
      command: {
        notification: {
          custodyId,
          notifiedAt: new Date(body.notifiedAt).toISOString(),
          about: body.about,
          notifiedPerson: body.notifiedPerson,
          isCaregiver: body.isCaregiver,
          method: body.method,
        },
      },
    });
  }
}
