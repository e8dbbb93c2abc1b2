import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler, toIsoInstant } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand } from '../custody-use-case';
import { recordChildMedicalEvent } from './record-child-medical-event.decision';
import type { RecordChildMedicalEventDto, ChildMedicalEventRecordedDto } from './record-child-medical-event.dto';

export class RecordChildMedicalEventCommand extends CustodyCommand<RecordChildMedicalEventDto, ChildMedicalEventRecordedDto> {}

@CommandHandler(RecordChildMedicalEventCommand)
export class RecordChildMedicalEventHandler extends StreamChangeHandler<RecordChildMedicalEventCommand> {
  execute(command: RecordChildMedicalEventCommand): Promise<ChildMedicalEventRecordedDto> {
    const { custodyId, body } = command;
    const medicalEventId: string = randomUUID();
    return this.record(
      command,
      recordChildMedicalEvent,
      {
        medicalEvent: {
          custodyId,
          childId: body.childId,
          medicalEventId,
          occurredAt: toIsoInstant(body.occurredAt),
          kind: body.kind,
          serious: body.serious,
          where: body.where ?? null,
        },
      },
      { medicalEventId },
    );
  }
}
