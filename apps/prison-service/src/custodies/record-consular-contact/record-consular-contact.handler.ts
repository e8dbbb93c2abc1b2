import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordConsularContact } from './record-consular-contact.decision';
import type { RecordConsularContactDto } from './record-consular-contact.dto';

export class RecordConsularContactCommand extends CustodyCommand<RecordConsularContactDto> {}

@CommandHandler(RecordConsularContactCommand)
export class RecordConsularContactHandler implements ICommandHandler<RecordConsularContactCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordConsularContactCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: recordConsularContact,
      command: {
        contact: { custodyId, recordedAt: new Date(body.recordedAt).toISOString(), kind: body.kind, consulate: body.consulate },
      },
    });
  }
}
