import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { RecordChildrenAtAdmissionDto } from './record-children-at-admission.dto';
import { RecordChildrenAtAdmissionCommand } from './record-children-at-admission.handler';

@CustodiesController('custodies/:custodyId/children-records')
export class RecordChildrenAtAdmissionController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record her children at admission, and her answer',
    description:
      'Bangkok Rule 3. She may decline to say; without her consent only the number of children is kept. A child may be known only by an age or a birth year, her name or sex withheld for a stated reason.',
  })
  record(
    @CustodyId() custodyId: string,
    @Body() body: RecordChildrenAtAdmissionDto,
    @WriteContext() context: CommandContext,
  ): Promise<CustodyRecordedDto> {
    return this.bus.execute(new RecordChildrenAtAdmissionCommand(custodyId, body, context));
  }
}
