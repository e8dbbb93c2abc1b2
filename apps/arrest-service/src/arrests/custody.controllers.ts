import type { Type } from '@nestjs/common';
import { BringBeforeJudicialAuthorityController } from './bring-before-judicial-authority/bring-before-judicial-authority.controller';
import { ExtendPoliceCustodyController } from './extend-police-custody/extend-police-custody.controller';
import { HandCaseFileToProsecutorController } from './hand-case-file-to-prosecutor/hand-case-file-to-prosecutor.controller';
import { OfferConsularContactController } from './offer-consular-contact/offer-consular-contact.controller';
import { ReleaseOnJudicialOrderController } from './release-on-judicial-order/release-on-judicial-order.controller';
import { ReleaseOnPoliceBailController } from './release-on-police-bail/release-on-police-bail.controller';
import { ReleaseWithoutChargeController } from './release-without-charge/release-without-charge.controller';
import { TakeIntoPoliceCustodyController } from './take-into-police-custody/take-into-police-custody.controller';
import { TransferToPrisonController } from './transfer-to-prison/transfer-to-prison.controller';

/** The custody use cases' controllers, from custody to hand-over or release, with the consular offer made meanwhile. */
export const custodyControllers: Type[] = [
  TakeIntoPoliceCustodyController,
  BringBeforeJudicialAuthorityController,
  ExtendPoliceCustodyController,
  ReleaseWithoutChargeController,
  ReleaseOnPoliceBailController,
  ReleaseOnJudicialOrderController,
  OfferConsularContactController,
  HandCaseFileToProsecutorController,
  TransferToPrisonController,
];
