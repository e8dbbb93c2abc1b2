import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { NotifyFamilyDto } from './notify-family.dto';
import { NotifyFamilyCommand } from './notify-family.handler';

@CustodiesController('custodies/:custodyId/family-notifications')
export class NotifyFamilyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record that her family was told',
    description: 'Of a transfer, a medical matter, a legal date or a release; accepted after a release too.',
  })
  record(@CustodyId() custodyId: string, @Body() body: NotifyFamilyDto, @WriteContext() context: CommandContext): Promise<CustodyRecordedDto> {
    return this.bus.execute(new NotifyFamilyCommand(custodyId, body, context));
  }
}
