import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { ReleaseWithoutChargeDto } from './release-without-charge.dto';
import { ReleaseWithoutChargeCommand } from './release-without-charge.handler';

@ArrestsController('arrests/:arrestId/release-without-charge')
export class ReleaseWithoutChargeController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record that she was released without charge',
    description: 'From arrest or police custody; not after a release or a transfer to prison.',
  })
  record(@ArrestId() arrestId: string, @Body() body: ReleaseWithoutChargeDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new ReleaseWithoutChargeCommand(arrestId, body, context));
  }
}
