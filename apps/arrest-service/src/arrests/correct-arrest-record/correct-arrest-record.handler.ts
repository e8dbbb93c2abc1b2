import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands, toIsoInstant } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { correctArrestRecord } from './correct-arrest-record.decision';
import type { CorrectArrestRecordDto } from './correct-arrest-record.dto';

export class CorrectArrestRecordCommand extends ArrestCommand<CorrectArrestRecordDto> {}

@CommandHandler(CorrectArrestRecordCommand)
export class CorrectArrestRecordHandler implements ICommandHandler<CorrectArrestRecordCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: CorrectArrestRecordCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: correctArrestRecord,
      command: {
        correction: {
          arrestId,
          field: body.field,
          correctedValue: body.correctedValue,
          reason: body.reason,
          correctedAt: body.correctedAt === undefined ? null : toIsoInstant(body.correctedAt),
        },
      },
    });
  }
}
