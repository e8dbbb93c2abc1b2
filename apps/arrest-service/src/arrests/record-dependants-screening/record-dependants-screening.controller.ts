import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { RecordDependantsScreeningDto } from './record-dependants-screening.dto';
import { RecordDependantsScreeningCommand } from './record-dependants-screening.handler';

@ArrestsController('arrests/:arrestId/dependants-screening')
export class RecordDependantsScreeningController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record that she was asked about pregnancy and dependent children, and her answer',
    description:
      'California Penal Code §851.5(c) allows 3 hours; the field report asks for it before custody. She may decline to answer. A child may be recorded by age or birth year only, her name or sex withheld with the reason.',
  })
  record(@ArrestId() arrestId: string, @Body() body: RecordDependantsScreeningDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new RecordDependantsScreeningCommand(arrestId, body, context));
  }
}
