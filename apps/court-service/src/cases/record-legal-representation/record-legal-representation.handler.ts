import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CaseCommand, onCaseStream } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { recordLegalRepresentation } from './record-legal-representation.decision';
import type { RecordLegalRepresentationDto } from './record-legal-representation.dto';

export class RecordLegalRepresentationCommand extends CaseCommand<RecordLegalRepresentationDto> {}

@CommandHandler(RecordLegalRepresentationCommand)
export class RecordLegalRepresentationHandler implements ICommandHandler<RecordLegalRepresentationCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordLegalRepresentationCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.commands.record({
      ...onCaseStream(command),
      decider: recordLegalRepresentation,
      command: {
        representation: {
          caseId,
          recordedAt: new Date(body.recordedAt).toISOString(),
          represented: body.represented,
          lawyerName: body.lawyerName ?? null,
          organisation: body.organisation ?? null,
        },
      },
    });
  }
}
