import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CaseCommand, onCaseStream } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { closeCase } from './close-case.decision';
import type { CloseCaseDto } from './close-case.dto';

export class CloseCaseCommand extends CaseCommand<CloseCaseDto> {}

@CommandHandler(CloseCaseCommand)
export class CloseCaseHandler implements ICommandHandler<CloseCaseCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: CloseCaseCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: closeCase,
      command: { closure: { caseId, closedAt: new Date(body.closedAt).toISOString(), reason: body.reason } },
    });
  }
}
