import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordMedicalEvent } from './record-medical-event.decision';
import type { RecordMedicalEventDto } from './record-medical-event.dto';

export class RecordMedicalEventCommand extends CustodyCommand<RecordMedicalEventDto> {}

@CommandHandler(RecordMedicalEventCommand)
export class RecordMedicalEventHandler implements ICommandHandler<RecordMedicalEventCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordMedicalEventCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: recordMedicalEvent,
      command: {
        medicalEvent: {
          custodyId,
          occurredAt: new Date(body.occurredAt).toISOString(),
          childId: body.childId ?? null,
          kind: body.kind,
          serious: body.serious,
        },
      },
    });
  }
}
