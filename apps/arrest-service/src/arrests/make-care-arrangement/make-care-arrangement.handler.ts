import { CommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { makeCareArrangement } from './make-care-arrangement.decision';
import type { MakeCareArrangementDto } from './make-care-arrangement.dto';

export class MakeCareArrangementCommand extends ArrestCommand<MakeCareArrangementDto> {
  constructor(
    arrestId: string,
    readonly childId: string,
    body: MakeCareArrangementDto,
    context: CommandContext,
  ) {
    super(arrestId, body, context);
  }
}

@CommandHandler(MakeCareArrangementCommand)
export class MakeCareArrangementHandler extends StreamChangeHandler<MakeCareArrangementCommand> {
  execute(command: MakeCareArrangementCommand): Promise<RecordedDto> {
    const { arrestId, body, childId } = command;
    const { caregiver } = body;
    return this.record(command, makeCareArrangement, {
      arrangement: {
        arrestId,
        childId,
        arrangedAt: new Date(body.arrangedAt).toISOString(),
        caregiver: {
          name: caregiver.name ?? null,
          relation: caregiver.relation,
          ageYears: caregiver.ageYears ?? null,
          contact: caregiver.contact ?? null,
        },
        chosenByParent: body.chosenByParent,
      },
    });
  }
}
