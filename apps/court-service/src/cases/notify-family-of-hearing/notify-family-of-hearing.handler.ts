import { CommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
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
export class NotifyFamilyOfHearingHandler extends StreamChangeHandler<NotifyFamilyOfHearingCommand> {
  execute(command: NotifyFamilyOfHearingCommand): Promise<CaseRecordedDto> {
    const { caseId, body, hearingId } = command;
    return this.record(command, notifyFamilyOfHearing, {
      notification: {
        caseId,
        hearingId,
        notifiedAt: new Date(body.notifiedAt).toISOString(),
        notifiedPerson: body.notifiedPerson,
        method: body.method,
      },
    });
  }
}
