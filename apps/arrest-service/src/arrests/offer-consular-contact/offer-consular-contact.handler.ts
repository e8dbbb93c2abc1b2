import { CommandHandler } from '@nestjs/cqrs';
import { StreamChangeHandler } from '@safeguard/platform';
import { ArrestCommand } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { offerConsularContact } from './offer-consular-contact.decision';
import type { OfferConsularContactDto } from './offer-consular-contact.dto';

export class OfferConsularContactCommand extends ArrestCommand<OfferConsularContactDto> {}

@CommandHandler(OfferConsularContactCommand)
export class OfferConsularContactHandler extends StreamChangeHandler<OfferConsularContactCommand> {
  execute(command: OfferConsularContactCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.record(command, offerConsularContact, {
      offer: { arrestId, offeredAt: new Date(body.offeredAt).toISOString(), outcome: body.outcome, consulate: body.consulate },
    });
  }
}
