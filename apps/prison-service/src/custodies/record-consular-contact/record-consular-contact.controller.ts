import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { RecordConsularContactDto } from './record-consular-contact.dto';
import { RecordConsularContactCommand } from './record-consular-contact.handler';

@CustodiesController('custodies/:custodyId/consular-contacts')
export class RecordConsularContactController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record consular contact offered, made or declined',
    description: 'For a foreign national: Vienna Convention on Consular Relations art. 36.',
  })
  record(
    @CustodyId() custodyId: string,
    @Body() body: RecordConsularContactDto,
    @WriteContext() context: CommandContext,
  ): Promise<CustodyRecordedDto> {
    return this.bus.execute(new RecordConsularContactCommand(custodyId, body, context));
  }
}
