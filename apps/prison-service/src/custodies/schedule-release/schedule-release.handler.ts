import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands, toIsoInstant } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { scheduleRelease } from './schedule-release.decision';
import type { ScheduleReleaseDto } from './schedule-release.dto';

export class ScheduleReleaseCommand extends CustodyCommand<ScheduleReleaseDto> {}

@CommandHandler(ScheduleReleaseCommand)
export class ScheduleReleaseHandler implements ICommandHandler<ScheduleReleaseCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ScheduleReleaseCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: scheduleRelease,
      command: {
        schedule: {
          custodyId,
          releaseOn: toIsoInstant(body.releaseOn),
          reason: body.reason,
          scheduledAt: body.scheduledAt === undefined ? null : toIsoInstant(body.scheduledAt),
        },
      },
    });
  }
}
