import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { takeIntoPoliceCustody } from './take-into-police-custody.decision';
import type { TakeIntoPoliceCustodyDto } from './take-into-police-custody.dto';

export class TakeIntoPoliceCustodyCommand extends ArrestCommand<TakeIntoPoliceCustodyDto> {}

@CommandHandler(TakeIntoPoliceCustodyCommand)
export class TakeIntoPoliceCustodyHandler extends StreamChangeHandler<TakeIntoPoliceCustodyCommand> {
  execute(command: TakeIntoPoliceCustodyCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, takeIntoPoliceCustody, {
      custody: { arrestId, custodyAt: new Date(body.custodyAt).toISOString(), facility: body.facility },
    });
  }
}
