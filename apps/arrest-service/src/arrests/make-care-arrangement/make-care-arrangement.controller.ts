import { Body, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { MakeCareArrangementDto } from './make-care-arrangement.dto';
import { MakeCareArrangementCommand } from './make-care-arrangement.handler';

@ArrestsController('arrests/:arrestId/children/:childId/care-arrangements')
export class MakeCareArrangementController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange(
    {
      summary: 'Record who will look after a child recorded in the screening while she is held',
      description:
        'Whether it was made before she was taken into custody is decided from the record. An unknown child answers 422 CHILD.NOT_ON_RECORD.',
    },
    { touches: { record: 'arrestId', child: 'childId' } },
  )
  make(
    @ArrestId() arrestId: string,
    @Param('childId', ParseUUIDPipe) childId: string,
    @Body() body: MakeCareArrangementDto,
    @WriteContext() context: CommandContext,
  ): Promise<RecordedDto> {
    return this.bus.execute(new MakeCareArrangementCommand(arrestId, childId, body, context));
  }
}
