import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { CustodiesController, CustodyChange, CustodyId } from '../custody-use-case';
import type { CustodyRecordedDto } from '../custody-recorded.dto';
import { ImposeDisciplinarySanctionDto } from './impose-disciplinary-sanction.dto';
import { ImposeDisciplinarySanctionCommand } from './impose-disciplinary-sanction.handler';

@CustodiesController('custodies/:custodyId/disciplinary-sanctions')
export class ImposeDisciplinarySanctionController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @CustodyChange({
    summary: 'Record a disciplinary sanction',
    description: 'Stored even when it restricts contact with her children (Bangkok Rule 23 forbids it): the safeguards raise that breach.',
  })
  impose(
    @CustodyId() custodyId: string,
    @Body() body: ImposeDisciplinarySanctionDto,
    @WriteContext() context: CommandContext,
  ): Promise<CustodyRecordedDto> {
    return this.bus.execute(new ImposeDisciplinarySanctionCommand(custodyId, body, context));
  }
}
