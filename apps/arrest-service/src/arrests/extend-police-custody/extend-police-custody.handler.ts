import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { extendPoliceCustody } from './extend-police-custody.decision';
import type { ExtendPoliceCustodyDto } from './extend-police-custody.dto';

export class ExtendPoliceCustodyCommand extends ArrestCommand<ExtendPoliceCustodyDto> {}

@CommandHandler(ExtendPoliceCustodyCommand)
export class ExtendPoliceCustodyHandler implements ICommandHandler<ExtendPoliceCustodyCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ExtendPoliceCustodyCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: extendPoliceCustody,
      command: {
        extension: {
          arrestId,
          authorisedAt: new Date(body.authorisedAt).toISOString(),
          authorisedBy: body.authorisedBy,
          until: new Date(body.until).toISOString(),
        },
      },
    });
  }
}
