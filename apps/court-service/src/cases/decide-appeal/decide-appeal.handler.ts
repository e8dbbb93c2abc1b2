import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, StreamCommands } from '@safeguard/platform';
import { CaseCommand, onCaseStream } from '../case-use-case';
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
export class DecideAppealHandler implements ICommandHandler<DecideAppealCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: DecideAppealCommand): Promise<CaseRecordedDto> {
    const { caseId, body, appealId } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: decideAppeal,
      command: {
        decision: {
          caseId,
          appealId,
          decidedAt: new Date(body.decidedAt).toISOString(),
          outcome: body.outcome,
          newCustodialMonths: body.newCustodialMonths ?? null,
        },
      },
    });
  }
}
