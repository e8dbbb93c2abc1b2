import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CaseCommand, onCaseStream } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { extendPretrialDetention } from './extend-pretrial-detention.decision';
import type { ExtendPretrialDetentionDto } from './extend-pretrial-detention.dto';

export class ExtendPretrialDetentionCommand extends CaseCommand<ExtendPretrialDetentionDto> {}

@CommandHandler(ExtendPretrialDetentionCommand)
export class ExtendPretrialDetentionHandler implements ICommandHandler<ExtendPretrialDetentionCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: ExtendPretrialDetentionCommand): Promise<CaseRecordedDto> {
    const { caseId, body, context } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: extendPretrialDetention,
      command: {
        extension: {
          caseId,
          extendedAt: new Date(body.extendedAt).toISOString(),
          judge: context.principal.userId,
          additionalMonths: body.additionalMonths,
        },
      },
    });
  }
}
