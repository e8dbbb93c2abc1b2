import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { BringBeforeJudicialAuthorityDto } from './bring-before-judicial-authority.dto';
import { BringBeforeJudicialAuthorityCommand } from './bring-before-judicial-authority.handler';

@ArrestsController('arrests/:arrestId/judicial-appearances')
export class BringBeforeJudicialAuthorityController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({ summary: 'Record that she was brought before a prosecutor or judge', description: 'Only while she is in police custody.' })
  record(@ArrestId() arrestId: string, @Body() body: BringBeforeJudicialAuthorityDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new BringBeforeJudicialAuthorityCommand(arrestId, body, context));
  }
}
