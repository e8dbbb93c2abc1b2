import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { TakeIntoPoliceCustodyDto } from './take-into-police-custody.dto';
import { TakeIntoPoliceCustodyCommand } from './take-into-police-custody.handler';

@ArrestsController('arrests/:arrestId/police-custody')
export class TakeIntoPoliceCustodyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({ summary: 'Record that she was taken into police custody', description: 'Only after an arrest, and only once.' })
  record(@ArrestId() arrestId: string, @Body() body: TakeIntoPoliceCustodyDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new TakeIntoPoliceCustodyCommand(arrestId, body, context));
  }
}
