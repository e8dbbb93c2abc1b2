import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { TransferToPrisonDto } from './transfer-to-prison.dto';
import { TransferToPrisonCommand } from './transfer-to-prison.handler';

@ArrestsController('arrests/:arrestId/prison-transfers')
export class TransferToPrisonController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record that she was transferred from police custody to prison',
    description:
      'Only from police custody, on a pre-trial detention order, to a prison of the unit registry (GET /units?kind=prison; 400 otherwise).',
  })
  record(@ArrestId() arrestId: string, @Body() body: TransferToPrisonDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new TransferToPrisonCommand(arrestId, body, context));
  }
}
