import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { releaseWithoutCharge } from './release-without-charge.decision';
import type { ReleaseWithoutChargeDto } from './release-without-charge.dto';

export class ReleaseWithoutChargeCommand extends ArrestCommand<ReleaseWithoutChargeDto> {}

@CommandHandler(ReleaseWithoutChargeCommand)
export class ReleaseWithoutChargeHandler extends StreamChangeHandler<ReleaseWithoutChargeCommand> {
  execute(command: ReleaseWithoutChargeCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, releaseWithoutCharge, {
      release: { arrestId, releasedAt: new Date(body.releasedAt).toISOString(), reason: body.reason },
    });
  }
}
