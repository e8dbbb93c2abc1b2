import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamCommands } from '@safeguard/platform';
import { CaseCommand, onCaseStream } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { notifyFamilyOfHearing } from './notify-family-of-hearing.decision';
import type { NotifyFamilyOfHearingDto } from './notify-family-of-hearing.dto';

export class NotifyFamilyOfHearingCommand extends CaseCommand<NotifyFamilyOfHearingDto> {
  constructor(
    caseId: string,
    readonly hearingId: string,
    body: NotifyFamilyOfHearingDto,
    context: CommandContext,
  ) {
    super(caseId, body, context);
  }
}

@CommandHandler(NotifyFamilyOfHearingCommand)
export class NotifyFamilyOfHearingHandler implements ICommandHandler<NotifyFamilyOfHearingCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: NotifyFamilyOfHearingCommand): Promise<CaseRecordedDto> {
    const { caseId, body, hearingId } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: notifyFamilyOfHearing,
      command: {
        notification: {
          caseId,
          hearingId,
          notifiedAt: new Date(body.notifiedAt).toISOString(),
          notifiedPerson: body.notifiedPerson,
          method: body.method,
        },
      },
    });
  }
}
