import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { releasePerson } from './release-person.decision';
import type { ReleasePersonDto } from './release-person.dto';

export class ReleasePersonCommand extends CustodyCommand<ReleasePersonDto> {}

@CommandHandler(ReleasePersonCommand)
export class ReleasePersonHandler implements ICommandHandler<ReleasePersonCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ReleasePersonCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: releasePerson,
      command: { release: { custodyId, releasedAt: new Date(body.releasedAt).toISOString(), releasedTo: body.releasedTo } },
    });
  }
}
