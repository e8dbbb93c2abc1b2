import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { ReleaseOnPoliceBailDto } from './release-on-police-bail.dto';
import { ReleaseOnPoliceBailCommand } from './release-on-police-bail.handler';

@ArrestsController('arrests/:arrestId/police-bail')
export class ReleaseOnPoliceBailController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record that she was released on police bail, and on what conditions',
    description: 'From arrest or police custody; not after a release or a transfer to prison.',
  })
  record(@ArrestId() arrestId: string, @Body() body: ReleaseOnPoliceBailDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new ReleaseOnPoliceBailCommand(arrestId, body, context));
  }
}
