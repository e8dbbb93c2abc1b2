import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { makePretrialDecision } from './make-pretrial-decision.decision';
import type { MakePretrialDecisionDto } from './make-pretrial-decision.dto';

export class MakePretrialDecisionCommand extends CaseCommand<MakePretrialDecisionDto> {}

@CommandHandler(MakePretrialDecisionCommand)
export class MakePretrialDecisionHandler extends StreamChangeHandler<MakePretrialDecisionCommand> {
  execute(command: MakePretrialDecisionCommand): Promise<CaseRecordedDto> {
    const { caseId, body, context } = command;
    return this.record(command, makePretrialDecision, {
      decision: {
        caseId,
        decidedAt: new Date(body.decidedAt).toISOString(),
        judge: context.principal.userId,
        outcome: body.outcome,
        grounds: body.grounds,
        justification: body.justification ?? null,
        askedAboutPregnancyAndDependants: body.askedAboutPregnancyAndDependants,
        careArrangementsNoted: body.careArrangementsNoted ?? null,
        alternativesConsidered: body.alternativesConsidered,
        detentionMonths: body.detentionMonths ?? null,
        detentionOrderReference: body.detentionOrderReference ?? null,
      },
    });
  }
}
