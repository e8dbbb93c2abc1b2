import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { type CommandContext, NewStreamContext } from '@safeguard/platform';
import { ArrestChange, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { RecordArrestDto } from './record-arrest.dto';
import { RecordArrestCommand } from './record-arrest.handler';

@ArrestsController('arrests')
export class RecordArrestController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange(
    { summary: 'Record an arrest', description: 'The first fact of an arrest. The arresting unit is the caller’s unit.' },
    { startsStream: true },
  )
  record(@Body() body: RecordArrestDto, @NewStreamContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new RecordArrestCommand(randomUUID(), body, context));
  }
}
