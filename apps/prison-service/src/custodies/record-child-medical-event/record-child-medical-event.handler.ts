import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands, toIsoInstant } from '@safeguard/platform';
import { randomUUID } from 'node:crypto';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import { recordChildMedicalEvent } from './record-child-medical-event.decision';
import type { RecordChildMedicalEventDto, ChildMedicalEventRecordedDto } from './record-child-medical-event.dto';

export class RecordChildMedicalEventCommand extends CustodyCommand<RecordChildMedicalEventDto, ChildMedicalEventRecordedDto> {}

@CommandHandler(RecordChildMedicalEventCommand)
export class RecordChildMedicalEventHandler implements ICommandHandler<RecordChildMedicalEventCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordChildMedicalEventCommand): Promise<ChildMedicalEventRecordedDto> {
    const { custodyId, body } = command;
    const medicalEventId: string = randomUUID();
    return this.commands.record({
      ...onCustodyStream(command, { medicalEventId }),
      decider: recordChildMedicalEvent,
      command: {
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
    });
  }
}
