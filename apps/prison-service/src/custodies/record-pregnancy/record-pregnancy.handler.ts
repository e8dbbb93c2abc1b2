import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { CustodyCommand } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { recordPregnancy } from './record-pregnancy.decision';
import type { RecordPregnancyDto } from './record-pregnancy.dto';

export class RecordPregnancyCommand extends CustodyCommand<RecordPregnancyDto> {}

@CommandHandler(RecordPregnancyCommand)
export class RecordPregnancyHandler extends StreamChangeHandler<RecordPregnancyCommand> {
  execute(command: RecordPregnancyCommand): Promise<CustodyRecordedDto> {
    const { custodyId, body } = command;
    return this.record(command, recordPregnancy, {
      pregnancy: { custodyId, recordedAt: new Date(body.recordedAt).toISOString(), expectedDeliveryDate: body.expectedDeliveryDate ?? null },
    });
  }
}
