import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler, toIsoInstant } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { scheduleRelease } from './schedule-release.decision';
import type { ScheduleReleaseDto } from './schedule-release.dto';

export class ScheduleReleaseCommand extends CustodyCommand<ScheduleReleaseDto> {}

@CommandHandler(ScheduleReleaseCommand)
export class ScheduleReleaseHandler extends StreamChangeHandler<ScheduleReleaseCommand> {
  execute(command: ScheduleReleaseCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, scheduleRelease, {
      schedule: {
        custodyId,
        releaseOn: toIsoInstant(body.releaseOn),
        reason: body.reason,
        scheduledAt: body.scheduledAt === undefined ? null : toIsoInstant(body.scheduledAt),
      },
    });
  }
}
