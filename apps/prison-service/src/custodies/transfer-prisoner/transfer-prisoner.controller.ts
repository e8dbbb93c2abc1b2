import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { TransferPrisonerDto } from './transfer-prisoner.dto';
import { TransferPrisonerCommand } from './transfer-prisoner.handler';

@CustodiesController('custodies/:custodyId/transfers')
export class TransferPrisonerController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record that she was moved to another facility',
    description:
      'Only while she is held, and only to a prison of the unit registry (GET /units?kind=prison; 400 otherwise). ' +
      'The answer still reaches the sending facility, whose officers no longer see her afterwards.',
  })
  record(@CustodyId() custodyId: string, @Body() body: TransferPrisonerDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new TransferPrisonerCommand(custodyId, body, context));
  }
}
