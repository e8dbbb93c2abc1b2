import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { extendPretrialDetention } from './extend-pretrial-detention.decision';
import type { ExtendPretrialDetentionDto } from './extend-pretrial-detention.dto';

export class ExtendPretrialDetentionCommand extends CaseCommand<ExtendPretrialDetentionDto> {}

@CommandHandler(ExtendPretrialDetentionCommand)
export class ExtendPretrialDetentionHandler extends StreamChangeHandler<ExtendPretrialDetentionCommand> {
  execute(command: ExtendPretrialDetentionCommand): Promise<CaseRecordedDto> {
    const { caseId, body, context } = command;
    return this.record(command, extendPretrialDetention, {
      extension: {
        caseId,
        extendedAt: new Date(body.extendedAt).toISOString(),
        judge: context.principal.userId,
        additionalMonths: body.additionalMonths,
      },
    });
  }
}
