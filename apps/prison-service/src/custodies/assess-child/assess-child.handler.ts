import { CommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { assessChild } from './assess-child.decision';
import type { AssessChildDto } from './assess-child.dto';

export class AssessChildCommand extends CustodyCommand<AssessChildDto> {
  constructor(
    custodyId: string,
    readonly childId: string,
    body: AssessChildDto,
    context: CommandContext,
  ) {
    super(custodyId, body, context);
  }
}

@CommandHandler(AssessChildCommand)
export class AssessChildHandler extends StreamChangeHandler<AssessChildCommand> {
  execute(command: AssessChildCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body, childId } = command;
    return this.record(command, assessChild, {
      assessment: {
        custodyId,
        childId,
        assessedAt: new Date(body.assessedAt).toISOString(),
        outcome: body.outcome,
        nextAssessmentDue: new Date(body.nextAssessmentDue).toISOString(),
        referralOrPlacementPlan: body.referralOrPlacementPlan ?? null,
      },
    });
  }
}
