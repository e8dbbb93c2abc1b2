import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CaseCommand, onCaseStream } from '../case-use-case';
import { fileAppeal } from './file-appeal.decision';
import type { FileAppealDto, AppealFiledDto } from './file-appeal.dto';

export class FileAppealCommand extends CaseCommand<FileAppealDto, AppealFiledDto> {}

@CommandHandler(FileAppealCommand)
export class FileAppealHandler implements ICommandHandler<FileAppealCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: FileAppealCommand): Promise<AppealFiledDto> {
    const { caseId, body } = command;
    const appealId: string = randomUUID();
    return this.commands.record({
      ...onCaseStream(command, { appealId }),
      decider: fileAppeal,
      command: {
        appeal: {
          caseId,
          appealId,
          filedAt: new Date(body.filedAt).toISOString(),
          filedBy: body.filedBy,
          detainedPendingAppeal: body.detainedPendingAppeal,
        },
      },
    });
  }
}
