import { Body, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type CommandContext, WriteContext } from '@safeguard/platform';
import { ArrestChange, ArrestId, ArrestsController } from '../arrest-use-case';
import type { RecordedDto } from '../recorded.dto';
import { OfferConsularContactDto } from './offer-consular-contact.dto';
import { OfferConsularContactCommand } from './offer-consular-contact.handler';

@ArrestsController('arrests/:arrestId/consular-contacts')
export class OfferConsularContactController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @ArrestChange({
    summary: 'Record the police’s offer of consular contact to a foreign national, made or declined',
    description:
      'Vienna Convention on Consular Relations art. 36(1)(b). May be recorded after her release or transfer, for an offer made while the police held her.',
  })
  record(@ArrestId() arrestId: string, @Body() body: OfferConsularContactDto, @WriteContext() context: CommandContext): Promise<RecordedDto> {
    return this.bus.execute(new OfferConsularContactCommand(arrestId, body, context));
  }
}
