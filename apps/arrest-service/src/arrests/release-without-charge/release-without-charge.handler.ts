import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { releaseWithoutCharge } from './release-without-charge.decision';
import type { ReleaseWithoutChargeDto } from './release-without-charge.dto';

export class ReleaseWithoutChargeCommand extends ArrestCommand<ReleaseWithoutChargeDto> {}

@CommandHandler(ReleaseWithoutChargeCommand)
export class ReleaseWithoutChargeHandler implements ICommandHandler<ReleaseWithoutChargeCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ReleaseWithoutChargeCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: releaseWithoutCharge,
      command: {
        release: { arrestId, releasedAt: new Date(body.releasedAt).toISOString(), reason: body.reason },
      },
    });
  }
}
