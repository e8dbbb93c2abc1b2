import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { handCaseFileToProsecutor } from './hand-case-file-to-prosecutor.decision';
import type { HandCaseFileToProsecutorDto } from './hand-case-file-to-prosecutor.dto';

export class HandCaseFileToProsecutorCommand extends ArrestCommand<HandCaseFileToProsecutorDto> {}

@CommandHandler(HandCaseFileToProsecutorCommand)
export class HandCaseFileToProsecutorHandler extends StreamChangeHandler<HandCaseFileToProsecutorCommand> {
  execute(command: HandCaseFileToProsecutorCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, handCaseFileToProsecutor, {
      handover: { arrestId, handedAt: new Date(body.handedAt).toISOString(), courtCaseReference: body.courtCaseReference ?? null },
    });
  }
}
