import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { imposeSentence } from './impose-sentence.decision';
import type { ImposeSentenceDto } from './impose-sentence.dto';

export class ImposeSentenceCommand extends CaseCommand<ImposeSentenceDto> {}

@CommandHandler(ImposeSentenceCommand)
export class ImposeSentenceHandler extends StreamChangeHandler<ImposeSentenceCommand> {
  execute(command: ImposeSentenceCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.record(command, imposeSentence, {
      sentence: {
        caseId,
        imposedAt: new Date(body.imposedAt).toISOString(),
        custodialMonths: body.custodialMonths,
        suspendedMonths: body.suspendedMonths,
        nonCustodialMeasures: body.nonCustodialMeasures,
        childrenWelfareConsidered: body.childrenWelfareConsidered,
        nonCustodialAlternativesConsidered: body.nonCustodialAlternativesConsidered,
        startDeferredUntil: body.startDeferredUntil === undefined ? null : new Date(body.startDeferredUntil).toISOString(),
        custodyStartsAt: body.custodyStartsAt === undefined ? null : new Date(body.custodyStartsAt).toISOString(),
        creditedDays: body.creditedDays ?? null,
      },
    });
  }
}
