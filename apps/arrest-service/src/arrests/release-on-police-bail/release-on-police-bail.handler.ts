import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { releaseOnPoliceBail } from './release-on-police-bail.decision';
import type { ReleaseOnPoliceBailDto } from './release-on-police-bail.dto';

export class ReleaseOnPoliceBailCommand extends ArrestCommand<ReleaseOnPoliceBailDto> {}

@CommandHandler(ReleaseOnPoliceBailCommand)
export class ReleaseOnPoliceBailHandler extends StreamChangeHandler<ReleaseOnPoliceBailCommand> {
  execute(command: ReleaseOnPoliceBailCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, releaseOnPoliceBail, {
      bail: { arrestId, releasedAt: new Date(body.releasedAt).toISOString(), conditions: body.conditions },
    });
  }
}
