import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { CorrectArrestRecordDto } from './correct-arrest-record.dto';
import { CorrectArrestRecordCommand } from './correct-arrest-record.handler';

@ArrestsController('arrests/:arrestId/corrections')
export class CorrectArrestRecordController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Correct a field of the arrest as recorded, saying why',
    description:
      'The original stays in the history; the correction keeps the value it replaces. The same value again, or one of the wrong type, answers 400.',
  })
  correct(@ArrestId() arrestId: string, @Body() body: CorrectArrestRecordDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new CorrectArrestRecordCommand(arrestId, body, context));
  }
}
