import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { ReturnFromHomeLeaveDto } from './return-from-home-leave.dto';
import { ReturnFromHomeLeaveCommand } from './return-from-home-leave.handler';

@CustodiesController('custodies/:custodyId/home-leave-returns')
export class ReturnFromHomeLeaveController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({ summary: 'Record that she is back from home leave', description: 'Only while she is on home leave.' })
  record(@CustodyId() custodyId: string, @Body() body: ReturnFromHomeLeaveDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new ReturnFromHomeLeaveCommand(custodyId, body, context));
  }
}
