import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { handCaseFileToProsecutor } from './hand-case-file-to-prosecutor.decision';
import type { HandCaseFileToProsecutorDto } from './hand-case-file-to-prosecutor.dto';

export class HandCaseFileToProsecutorCommand extends ArrestCommand<HandCaseFileToProsecutorDto> {}

@CommandHandler(HandCaseFileToProsecutorCommand)
export class HandCaseFileToProsecutorHandler implements ICommandHandler<HandCaseFileToProsecutorCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: HandCaseFileToProsecutorCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: handCaseFileToProsecutor,
      command: {
        handover: { arrestId, handedAt: new Date(body.handedAt).toISOString(), courtCaseReference: body.courtCaseReference ?? null },
      },
    });
  }
}
