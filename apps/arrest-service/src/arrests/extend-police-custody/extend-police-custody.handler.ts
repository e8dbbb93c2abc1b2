import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { extendPoliceCustody } from './extend-police-custody.decision';
import type { ExtendPoliceCustodyDto } from './extend-police-custody.dto';

export class ExtendPoliceCustodyCommand extends ArrestCommand<ExtendPoliceCustodyDto> {}

@CommandHandler(ExtendPoliceCustodyCommand)
export class ExtendPoliceCustodyHandler extends StreamChangeHandler<ExtendPoliceCustodyCommand> {
  execute(command: ExtendPoliceCustodyCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, extendPoliceCustody, {
      extension: {
        arrestId,
        authorisedAt: new Date(body.authorisedAt).toISOString(),
        authorisedBy: body.authorisedBy,
        until: new Date(body.until).toISOString(),
      },
    });
  }
}
