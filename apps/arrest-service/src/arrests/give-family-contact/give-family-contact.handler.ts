import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { giveFamilyContact } from './give-family-contact.decision';
import type { GiveFamilyContactDto } from './give-family-contact.dto';

export class GiveFamilyContactCommand extends ArrestCommand<GiveFamilyContactDto> {}

@CommandHandler(GiveFamilyContactCommand)
export class GiveFamilyContactHandler extends StreamChangeHandler<GiveFamilyContactCommand> {
  execute(command: GiveFamilyContactCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, giveFamilyContact, {
      contact: {
        arrestId,
        contactedAt: new Date(body.contactedAt).toISOString(),
        method: body.method,
        contactedName: body.contactedName ?? null,
        contactedRelation: body.contactedRelation,
        childIds: body.childIds,
      },
    });
  }
}
