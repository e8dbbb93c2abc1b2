import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CaseCommand } from '../case-use-case';
import type { CaseRecordedDto } from '../case-recorded.dto';
import { recordLegalRepresentation } from './record-legal-representation.decision';
import type { RecordLegalRepresentationDto } from './record-legal-representation.dto';

export class RecordLegalRepresentationCommand extends CaseCommand<RecordLegalRepresentationDto> {}

@CommandHandler(RecordLegalRepresentationCommand)
export class RecordLegalRepresentationHandler extends StreamChangeHandler<RecordLegalRepresentationCommand> {
  execute(command: RecordLegalRepresentationCommand): Promise<CaseRecordedDto> {
    const { caseId, body } = command;
    return this.record(command, recordLegalRepresentation, {
      representation: {
        caseId,
        recordedAt: new Date(body.recordedAt).toISOString(),
        represented: body.represented,
        lawyerName: body.lawyerName ?? null,
        organisation: body.organisation ?? null,
      },
    });
  }
}
