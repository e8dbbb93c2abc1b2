import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CaseCommand, onCaseStream } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { makePretrialDecision } from './make-pretrial-decision.decision';
import type { MakePretrialDecisionDto } from './make-pretrial-decision.dto';

export class MakePretrialDecisionCommand extends CaseCommand<MakePretrialDecisionDto> {}

@CommandHandler(MakePretrialDecisionCommand)
export class MakePretrialDecisionHandler implements ICommandHandler<MakePretrialDecisionCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: MakePretrialDecisionCommand): Promise<CaseRecordedDto> {
    const { caseId, body, context } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: makePretrialDecision,
      command: {
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
      },
    });
  }
}
