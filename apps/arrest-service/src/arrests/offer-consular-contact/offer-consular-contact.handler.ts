import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '@safeguard/platform';
import { ArrestCommand, onArrestStream } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { offerConsularContact } from './offer-consular-contact.decision';
import type { OfferConsularContactDto } from './offer-consular-contact.dto';

export class OfferConsularContactCommand extends ArrestCommand<OfferConsularContactDto> {}

@CommandHandler(OfferConsularContactCommand)
export class OfferConsularContactHandler implements ICommandHandler<OfferConsularContactCommand> {
  constructor(@Inject(StreamCommands) private readonly commands: StreamCommands) {}

  execute(command: OfferConsularContactCommand): Promise<RecordedDto> {
    const { arrestId, body } = command;
    return this.commands.record({
      ...onArrestStream(command),
      decider: offerConsularContact,
      command: {
        offer: { arrestId, offeredAt: new Date(body.offeredAt).toISOString(), outcome: body.outcome, consulate: body.consulate },
      },
    });
  }
}
