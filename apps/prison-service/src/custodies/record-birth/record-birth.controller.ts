import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import { ChildRecordedDto } from '../custody-recorded.dto';
import { RecordBirthDto } from './record-birth.dto';
import { RecordBirthCommand } from './record-birth.handler';

@CustodiesController('custodies/:custodyId/births')
export class RecordBirthController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange(
    { summary: 'Record a child born while she is in custody', description: 'The child lives in prison with her from birth.' },
    { answer: ChildRecordedDto },
  )
  record(@CustodyId() custodyId: string, @Body() body: RecordBirthDto, @WriteContext() context: CommandContext): Promise<ChildRecordedDto> {
    return this.bus.execute(new RecordBirthCommand(custodyId, body, context));
  }
}
