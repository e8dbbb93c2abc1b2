import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { giveFamilyContact } from './give-family-contact.decision';
import type { GiveFamilyContactDto } from './give-family-contact.dto';

export class GiveFamilyContactCommand extends ArrestCommand<GiveFamilyContactDto> {}

@CommandHandler(GiveFamilyContactCommand)
export class GiveFamilyContactHandler implements ICommandHandler<GiveFamilyContactCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: GiveFamilyContactCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: giveFamilyContact,
      command: {
        contact: {
          arrestId,
          contactedAt: new Date(body.contactedAt).toISOString(),
          method: body.method,
          contactedName: body.contactedName ?? null,
          contactedRelation: body.contactedRelation,
          childIds: body.childIds,
        },
      },
    });
  }
}
