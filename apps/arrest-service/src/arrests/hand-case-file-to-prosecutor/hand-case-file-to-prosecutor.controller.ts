import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { HandCaseFileToProsecutorDto } from './hand-case-file-to-prosecutor.dto';
import { HandCaseFileToProsecutorCommand } from './hand-case-file-to-prosecutor.handler';

@ArrestsController('arrests/:arrestId/case-file-handovers')
export class HandCaseFileToProsecutorController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record that the case file was handed to the prosecutor',
    description: 'Once per arrest, whatever her custody status. The court case reference lets the court service find the arrest.',
  })
  record(@ArrestId() arrestId: string, @Body() body: HandCaseFileToProsecutorDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new HandCaseFileToProsecutorCommand(arrestId, body, context));
  }
}
