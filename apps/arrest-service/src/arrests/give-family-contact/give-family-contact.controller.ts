import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { GiveFamilyContactDto } from './give-family-contact.dto';
import { GiveFamilyContactCommand } from './give-family-contact.handler';

@ArrestsController('arrests/:arrestId/family-contacts')
export class GiveFamilyContactController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record that she could reach her children or whoever looks after them',
    description: 'Bangkok Rule 26. Every child named must be recorded on the arrest, else 422 CHILD.NOT_ON_RECORD.',
  })
  give(@ArrestId() arrestId: string, @Body() body: GiveFamilyContactDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new GiveFamilyContactCommand(arrestId, body, context));
  }
}
