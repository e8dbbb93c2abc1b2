import { Body, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { RecordChildDepartureDto } from './record-child-departure.dto';
import { RecordChildDepartureCommand } from './record-child-departure.handler';

@CustodiesController('custodies/:custodyId/children/:childId/departures')
export class RecordChildDepartureController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange(
    {
      summary: 'Record that a child living in prison left it, and to whom',
      description: '422 CHILD.NOT_IN_PRISON for a child who does not live there now.',
    },
    { touches: { record: 'custodyId', child: 'childId' } },
  )
  record(
    @CustodyId() custodyId: string,
    @Param('childId', ParseUUIDPipe) childId: string,
    @Body() body: RecordChildDepartureDto,
    @WriteContext() context: CommandContext,
  ): Promise<CustodyRecordedDto> {
    return this.bus.execute(new RecordChildDepartureCommand(custodyId, childId, body, context));
  }
}
