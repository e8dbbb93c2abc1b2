import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { ExtendPoliceCustodyDto } from './extend-police-custody.dto';
import { ExtendPoliceCustodyCommand } from './extend-police-custody.handler';

@ArrestsController('arrests/:arrestId/custody-extensions')
export class ExtendPoliceCustodyController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record an authorised extension of police custody',
    description: 'Police custody beyond 48 hours needs one (Cambodian CCP art. 96). Only while she is in police custody.',
  })
  record(@ArrestId() arrestId: string, @Body() body: ExtendPoliceCustodyDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new ExtendPoliceCustodyCommand(arrestId, body, context));
  }
}
