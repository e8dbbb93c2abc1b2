import { Body, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { TellParentOfChildMedicalEventDto } from './tell-parent-of-child-medical-event.dto';
import { TellParentOfChildMedicalEventCommand } from './tell-parent-of-child-medical-event.handler';

@CustodiesController('custodies/:custodyId/child-medical-events/:medicalEventId/parent-told')
export class TellParentOfChildMedicalEventController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record that she was told of her child’s medical event',
    description:
      'Names a medical event recorded on this custody (else 422 MEDICAL_EVENT.UNKNOWN); meets the duty to tell her (medical-not-notified).',
  })
  record(
    @CustodyId() custodyId: string,
    @Param('medicalEventId', ParseUUIDPipe) medicalEventId: string,
    @Body() body: TellParentOfChildMedicalEventDto,
    @WriteContext() context: CommandContext,
  ): Promise<CustodyRecordedDto> {
    return this.bus.execute(new TellParentOfChildMedicalEventCommand(custodyId, medicalEventId, body, context));
  }
}
