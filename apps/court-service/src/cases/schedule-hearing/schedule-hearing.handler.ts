import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CaseCommand, onCaseStream } from '../case-use-case';
import { scheduleHearing } from './schedule-hearing.decision';
import type { ScheduleHearingDto, HearingScheduledDto } from './schedule-hearing.dto';

export class ScheduleHearingCommand extends CaseCommand<ScheduleHearingDto, HearingScheduledDto> {}

@CommandHandler(ScheduleHearingCommand)
export class ScheduleHearingHandler implements ICommandHandler<ScheduleHearingCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ScheduleHearingCommand): Promise<HearingScheduledDto> {
    const { caseId, body } = command;
    const hearingId: string = randomUUID();
    return this.commands.record({
      ...onCaseStream(command, { hearingId }),
      decider: scheduleHearing,
      command: {
        hearing: {
          caseId,
          hearingId,
          kind: body.kind,
          hearingAt: new Date(body.hearingAt).toISOString(),
          place: body.place,
          scheduledAt: body.scheduledAt === undefined ? null : new Date(body.scheduledAt).toISOString(),
        },
      },
    });
  }
}
