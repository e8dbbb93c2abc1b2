import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { bringBeforeJudicialAuthority } from './bring-before-judicial-authority.decision';
import type { BringBeforeJudicialAuthorityDto } from './bring-before-judicial-authority.dto';

export class BringBeforeJudicialAuthorityCommand extends ArrestCommand<BringBeforeJudicialAuthorityDto> {}

@CommandHandler(BringBeforeJudicialAuthorityCommand)
export class BringBeforeJudicialAuthorityHandler implements ICommandHandler<BringBeforeJudicialAuthorityCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: BringBeforeJudicialAuthorityCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: bringBeforeJudicialAuthority,
      command: {
        appearance: {
          arrestId,
          broughtAt: new Date(body.broughtAt).toISOString(),
          authority: body.authority,
          authorityName: body.authorityName ?? null,
        },
      },
    });
  }
}
