import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { RecordPregnancyDto } from './record-pregnancy.dto';
import { RecordPregnancyCommand } from './record-pregnancy.handler';

@CustodiesController('custodies/:custodyId/pregnancies')
export class RecordPregnancyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({ summary: 'Record that she is pregnant', description: 'Bangkok Rules 48 and 51.' })
  record(@CustodyId() custodyId: string, @Body() body: RecordPregnancyDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new RecordPregnancyCommand(custodyId, body, context));
  }
}
