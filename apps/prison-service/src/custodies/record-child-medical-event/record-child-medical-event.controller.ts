import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import { RecordChildMedicalEventDto, ChildMedicalEventRecordedDto } from './record-child-medical-event.dto';
import { RecordChildMedicalEventCommand } from './record-child-medical-event.handler';

@CustodiesController('custodies/:custodyId/child-medical-events')
export class RecordChildMedicalEventController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange(
    {
      summary: 'Record a medical event of her child outside prison',
      description:
        'A hospitalisation or serious illness of a child the prison knows of (else 422 CHILD.UNKNOWN) who does not live inside (else 422 CHILD.IN_PRISON). She is owed the news: record that she was told with the returned medicalEventId.',
    },
    { answer: ChildMedicalEventRecordedDto },
  )
  record(
    @CustodyId() custodyId: string,
    @Body() body: RecordChildMedicalEventDto,
    @WriteContext() context: CommandContext,
  ): Promise<ChildMedicalEventRecordedDto> {
    return this.bus.execute(new RecordChildMedicalEventCommand(custodyId, body, context));
  }
}
