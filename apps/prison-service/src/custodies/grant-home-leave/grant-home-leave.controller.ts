import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { GrantHomeLeaveDto } from './grant-home-leave.dto';
import { GrantHomeLeaveCommand } from './grant-home-leave.handler';

@CustodiesController('custodies/:custodyId/home-leaves')
export class GrantHomeLeaveController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Grant her home leave',
    description: 'Only while she is held in the facility (Bangkok Rule 45: home leave to re-establish contact with her family).',
  })
  record(@CustodyId() custodyId: string, @Body() body: GrantHomeLeaveDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new GrantHomeLeaveCommand(custodyId, body, context));
  }
}
