import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CaseCommand } from '../case-use-case';
import { fileAppeal } from './file-appeal.decision';
import type { FileAppealDto, AppealFiledDto } from './file-appeal.dto';

export class FileAppealCommand extends CaseCommand<FileAppealDto, AppealFiledDto> {}

@CommandHandler(FileAppealCommand)
export class FileAppealHandler extends StreamChangeHandler<FileAppealCommand> {
  execute(command: FileAppealCommand): Promise<AppealFiledDto> {
    const { caseId, body } = command;
    const appealId: string = randomUUID();
    return this.record(
      command,
      fileAppeal,
      {
        appeal: {
          caseId,
          appealId,
          filedAt: new Date(body.filedAt).toISOString(),
          filedBy: body.filedBy,
          detainedPendingAppeal: body.detainedPendingAppeal,
        },
      },
      { appealId },
    );
  }
}
