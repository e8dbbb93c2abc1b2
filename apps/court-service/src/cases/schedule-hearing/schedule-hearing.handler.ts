import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CaseCommand } from '../case-use-case';
import { scheduleHearing } from './schedule-hearing.decision';
import type { ScheduleHearingDto, HearingScheduledDto } from './schedule-hearing.dto';

export class ScheduleHearingCommand extends CaseCommand<ScheduleHearingDto, HearingScheduledDto> {}

@CommandHandler(ScheduleHearingCommand)
export class ScheduleHearingHandler extends StreamChangeHandler<ScheduleHearingCommand> {
  execute(command: ScheduleHearingCommand): Promise<HearingScheduledDto> {
    const { caseId, body } = command;
    const hearingId: string = randomUUID();
    return this.record(
      command,
      scheduleHearing,
      {
        hearing: {
          caseId,
          hearingId,
          kind: body.kind,
          hearingAt: new Date(body.hearingAt).toISOString(),
          place: body.place,
          scheduledAt: body.scheduledAt === undefined ? null : new Date(body.scheduledAt).toISOString(),
        },
      },
      { hearingId },
    );
  }
}
