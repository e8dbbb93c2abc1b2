import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { releaseOnPoliceBail } from './release-on-police-bail.decision';
import type { ReleaseOnPoliceBailDto } from './release-on-police-bail.dto';

export class ReleaseOnPoliceBailCommand extends ArrestCommand<ReleaseOnPoliceBailDto> {}

@CommandHandler(ReleaseOnPoliceBailCommand)
export class ReleaseOnPoliceBailHandler implements ICommandHandler<ReleaseOnPoliceBailCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ReleaseOnPoliceBailCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: releaseOnPoliceBail,
      command: {
        bail: { arrestId, releasedAt: new Date(body.releasedAt).toISOString(), conditions: body.conditions },
      },
    });
  }
}
