import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { RecordMedicalEventDto } from './record-medical-event.dto';
import { RecordMedicalEventCommand } from './record-medical-event.handler';

@CustodiesController('custodies/:custodyId/medical-events')
export class RecordMedicalEventController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record a medical event of hers or of a child living with her',
    description: 'A child named must live in prison with her now, else 422 CHILD.NOT_IN_PRISON.',
  })
  record(@CustodyId() custodyId: string, @Body() body: RecordMedicalEventDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new RecordMedicalEventCommand(custodyId, body, context));
  }
}
