import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { type CommandContext, NewStreamContext } from '@safeguard/platform';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { CustodiesController, CustodyChange } from '../custody-use-case';
import { AdmitPersonDto } from './admit-person.dto';
import { AdmitPersonCommand } from './admit-person.handler';

@CustodiesController('custodies')
export class AdmitPersonController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange(
    {
      summary: 'Admit a person into a facility',
      description:
        'The first fact of a custody, into a prison of the unit registry (GET /units?kind=prison; 400 otherwise). A facility officer admits into their own facility only (403 otherwise).',
    },
    { startsStream: true },
  )
  admit(@Body() body: AdmitPersonDto, @NewStreamContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new AdmitPersonCommand(randomUUID(), body, context));
  }
}
