import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { releasePerson } from './release-person.decision';
import type { ReleasePersonDto } from './release-person.dto';

export class ReleasePersonCommand extends CustodyCommand<ReleasePersonDto> {}

@CommandHandler(ReleasePersonCommand)
export class ReleasePersonHandler extends StreamChangeHandler<ReleasePersonCommand> {
  execute(command: ReleasePersonCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, releasePerson, {
      release: { custodyId, releasedAt: new Date(body.releasedAt).toISOString(), releasedTo: body.releasedTo },
    });
  }
}
