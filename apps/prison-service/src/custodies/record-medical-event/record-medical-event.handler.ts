import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordMedicalEvent } from './record-medical-event.decision';
import type { RecordMedicalEventDto } from './record-medical-event.dto';

export class RecordMedicalEventCommand extends CustodyCommand<RecordMedicalEventDto> {}

@CommandHandler(RecordMedicalEventCommand)
export class RecordMedicalEventHandler extends StreamChangeHandler<RecordMedicalEventCommand> {
  execute(command: RecordMedicalEventCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, recordMedicalEvent, {
      medicalEvent: {
        custodyId,
        occurredAt: new Date(body.occurredAt).toISOString(),
        childId: body.childId ?? null,
        kind: body.kind,
        serious: body.serious,
      },
    });
  }
}
