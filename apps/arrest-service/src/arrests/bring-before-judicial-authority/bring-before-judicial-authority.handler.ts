import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { bringBeforeJudicialAuthority } from './bring-before-judicial-authority.decision';
import type { BringBeforeJudicialAuthorityDto } from './bring-before-judicial-authority.dto';

export class BringBeforeJudicialAuthorityCommand extends ArrestCommand<BringBeforeJudicialAuthorityDto> {}

@CommandHandler(BringBeforeJudicialAuthorityCommand)
export class BringBeforeJudicialAuthorityHandler extends StreamChangeHandler<BringBeforeJudicialAuthorityCommand> {
  execute(command: BringBeforeJudicialAuthorityCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, bringBeforeJudicialAuthority, {
      appearance: {
        arrestId,
        broughtAt: new Date(body.broughtAt).toISOString(),
        authority: body.authority,
        authorityName: body.authorityName ?? null,
      },
    });
  }
}
