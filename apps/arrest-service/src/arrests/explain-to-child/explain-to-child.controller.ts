import { Body, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { ExplainToChildDto } from './explain-to-child.dto';
import { ExplainToChildCommand } from './explain-to-child.handler';

@ArrestsController('arrests/:arrestId/children/:childId/explanations')
export class ExplainToChildController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange(
    {
      summary: 'Record that a child was told what is happening and where the parent is taken',
      description: 'The child must be recorded on the arrest, else 422 CHILD.NOT_ON_RECORD.',
    },
    { touches: { record: 'arrestId', child: 'childId' } },
  )
  explain(
    @ArrestId() arrestId: string,
    @Param('childId', ParseUUIDPipe) childId: string,
    @Body() body: ExplainToChildDto,
    @WriteContext() context: CommandContext,
  ): Promise<RecordedDto> {
    return this.bus.execute(new ExplainToChildCommand(arrestId, childId, body, context));
  }
}
