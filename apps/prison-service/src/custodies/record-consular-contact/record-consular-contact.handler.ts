import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordConsularContact } from './record-consular-contact.decision';
import type { RecordConsularContactDto } from './record-consular-contact.dto';

export class RecordConsularContactCommand extends CustodyCommand<RecordConsularContactDto> {}

@CommandHandler(RecordConsularContactCommand)
export class RecordConsularContactHandler extends StreamChangeHandler<RecordConsularContactCommand> {
  execute(command: RecordConsularContactCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, recordConsularContact, {
      contact: { custodyId, recordedAt: new Date(body.recordedAt).toISOString(), kind: body.kind, consulate: body.consulate },
    });
  }
}
