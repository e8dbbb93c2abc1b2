import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CaseCommand, onCaseStream } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { grantClemency } from './grant-clemency.decision';
import type { GrantClemencyDto } from './grant-clemency.dto';

export class GrantClemencyCommand extends CaseCommand<GrantClemencyDto> {}

@CommandHandler(GrantClemencyCommand)
export class GrantClemencyHandler implements ICommandHandler<GrantClemencyCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: GrantClemencyCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: grantClemency,
      command: {
        clemency: {
          caseId,
          grantedAt: new Date(body.grantedAt).toISOString(),
          kind: body.kind,
          reductionMonths: body.reductionMonths ?? null,
          effectiveAt: body.effectiveAt === undefined ? null : new Date(body.effectiveAt).toISOString(),
        },
      },
    });
  }
}
