import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { RecordPhoneCallDto } from './record-phone-call.dto';
import { RecordPhoneCallCommand } from './record-phone-call.handler';

@CustodiesController('custodies/:custodyId/phone-calls')
export class RecordPhoneCallController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record a phone call she made to her family',
    description: 'Each child named must be known to the prison, else 422 CHILD.UNKNOWN.',
  })
  record(@CustodyId() custodyId: string, @Body() body: RecordPhoneCallDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new RecordPhoneCallCommand(custodyId, body, context));
  }
}
