import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { CustodyCommand, onCustodyStream } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordPregnancy } from './record-pregnancy.decision';
import type { RecordPregnancyDto } from './record-pregnancy.dto';

export class RecordPregnancyCommand extends CustodyCommand<RecordPregnancyDto> {}

@CommandHandler(RecordPregnancyCommand)
export class RecordPregnancyHandler implements ICommandHandler<RecordPregnancyCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: RecordPregnancyCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.commands.record({
      ...onCustodyStream(command),
      decider: recordPregnancy,
      command: {
        pregnancy: { custodyId, recordedAt: new Date(body.recordedAt).toISOString(), expectedDeliveryDate: body.expectedDeliveryDate ?? null },
      },
    });
  }
}
