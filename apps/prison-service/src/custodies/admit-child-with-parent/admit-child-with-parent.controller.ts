import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import { ChildRecordedDto } from '../custody-recorded.dto';
import { AdmitChildWithParentDto } from './admit-child-with-parent.dto';
import { AdmitChildWithParentCommand } from './admit-child-with-parent.handler';

@CustodiesController('custodies/:custodyId/children-in-prison')
export class AdmitChildWithParentController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange(
    {
      summary: 'Record that a child came to live in prison with her',
      description: 'Bangkok Rules 49–52 follow: the child is assessed and cared for as an individual.',
    },
    { answer: ChildRecordedDto },
  )
  admit(@CustodyId() custodyId: string, @Body() body: AdmitChildWithParentDto, @WriteContext() context: CommandContext): Promise<ChildRecordedDto> {
    return this.bus.execute(new AdmitChildWithParentCommand(custodyId, body, context));
  }
}
