import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { takeIntoPoliceCustody } from './take-into-police-custody.decision';
import type { TakeIntoPoliceCustodyDto } from './take-into-police-custody.dto';

export class TakeIntoPoliceCustodyCommand extends ArrestCommand<TakeIntoPoliceCustodyDto> {}

@CommandHandler(TakeIntoPoliceCustodyCommand)
export class TakeIntoPoliceCustodyHandler implements ICommandHandler<TakeIntoPoliceCustodyCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: TakeIntoPoliceCustodyCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: takeIntoPoliceCustody,
      command: {
        custody: { arrestId, custodyAt: new Date(body.custodyAt).toISOString(), facility: body.facility },
      },
    });
  }
}
