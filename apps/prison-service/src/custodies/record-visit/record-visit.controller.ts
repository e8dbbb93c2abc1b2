import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import { RecordVisitDto, VisitRecordedDto } from './record-visit.dto';
import { RecordVisitCommand } from './record-visit.handler';

@CustodiesController('custodies/:custodyId/visits')
export class RecordVisitController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange(
    {
      summary: 'Record a visit that took place',
      description:
        'Every visiting child (childIds: one visit may bring several) must be known to the prison (else 422 CHILD.UNKNOWN); a visit without a child names its visitor. Any fee asked is recorded.',
    },
    { answer: VisitRecordedDto },
  )
  record(@CustodyId() custodyId: string, @Body() body: RecordVisitDto, @WriteContext() context: CommandContext): Promise<VisitRecordedDto> {
    return this.bus.execute(new RecordVisitCommand(custodyId, body, context));
  }
}
