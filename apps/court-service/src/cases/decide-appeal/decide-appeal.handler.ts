import { CommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { decideAppeal } from './decide-appeal.decision';
import type { DecideAppealDto } from './decide-appeal.dto';

export class DecideAppealCommand extends CaseCommand<DecideAppealDto> {
  constructor(
    caseId: string,
    readonly appealId: string,
    body: DecideAppealDto,
    context: CommandContext,
  ) {
    super(caseId, body, context);
  }
}

@CommandHandler(DecideAppealCommand)
export class DecideAppealHandler extends StreamChangeHandler<DecideAppealCommand> {
  execute(command: DecideAppealCommand): Promise<CaseRecordedDto> {
    const { caseId, body, appealId } = command;
    return this.record(command, decideAppeal, {
      decision: {
        caseId,
        appealId,
        decidedAt: new Date(body.decidedAt).toISOString(),
        outcome: body.outcome,
        newCustodialMonths: body.newCustodialMonths ?? null,
      },
    });
  }
}
