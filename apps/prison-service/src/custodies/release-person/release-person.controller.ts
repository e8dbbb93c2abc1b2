import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { ReleasePersonDto } from './release-person.dto';
import { ReleasePersonCommand } from './release-person.handler';

@CustodiesController('custodies/:custodyId/releases')
export class ReleasePersonController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record her release',
    description: 'Only while she is held: not twice, not while she is on home leave. The children living with her leave with her.',
  })
  record(@CustodyId() custodyId: string, @Body() body: ReleasePersonDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new ReleasePersonCommand(custodyId, body, context));
  }
}
