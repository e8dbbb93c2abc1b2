import { Body, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { AssessChildDto } from './assess-child.dto';
import { AssessChildCommand } from './assess-child.handler';

@CustodiesController('custodies/:custodyId/children/:childId/assessments')
export class AssessChildController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange(
    {
      summary: 'Record the assessment of a child living in prison',
      description: 'Bangkok Rules 49–52; 422 CHILD.NOT_IN_PRISON for a child who does not live there now.',
    },
    { touches: { record: 'custodyId', child: 'childId' } },
  )
  assess(
    @CustodyId() custodyId: string,
    @Param('childId', ParseUUIDPipe) childId: string,
    @Body() body: AssessChildDto,
    @WriteContext() context: CommandContext,
  ): Promise<CustodyRecordedDto> {
    return this.bus.execute(new AssessChildCommand(custodyId, childId, body, context));
  }
}
