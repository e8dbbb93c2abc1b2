import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler, toIsoInstant } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { correctArrestRecord } from './correct-arrest-record.decision';
import type { CorrectArrestRecordDto } from './correct-arrest-record.dto';

export class CorrectArrestRecordCommand extends ArrestCommand<CorrectArrestRecordDto> {}

@CommandHandler(CorrectArrestRecordCommand)
export class CorrectArrestRecordHandler extends StreamChangeHandler<CorrectArrestRecordCommand> {
  execute(command: CorrectArrestRecordCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, correctArrestRecord, {
      correction: {
        arrestId,
        field: body.field,
        correctedValue: body.correctedValue,
        reason: body.reason,
        correctedAt: body.correctedAt === undefined ? null : toIsoInstant(body.correctedAt),
      },
    });
  }
}
