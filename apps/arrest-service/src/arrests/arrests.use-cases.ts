import type { Provider, Type } from '@nestjs/common';
import { ListArrestsController } from './list-arrests/list-arrests.controller';
import { ListArrestsHandler } from './list-arrests/list-arrests.handler';
import { RecordArrestController } from './record-arrest/record-arrest.controller';
import { RecordArrestHandler } from './record-arrest/record-arrest.handler';
import { RecordDependantsScreeningController } from './record-dependants-screening/record-dependants-screening.controller';
import { RecordDependantsScreeningHandler } from './record-dependants-screening/record-dependants-screening.handler';
import { GetArrestController } from './get-arrest/get-arrest.controller';
import { GetArrestHandler, GetArrestHistoryHandler } from './get-arrest/get-arrest.handler';
import { TakeIntoPoliceCustodyController } from './take-into-police-custody/take-into-police-custody.controller';
import { TakeIntoPoliceCustodyHandler } from './take-into-police-custody/take-into-police-custody.handler';
import { BringBeforeJudicialAuthorityController } from './bring-before-judicial-authority/bring-before-judicial-authority.controller';
import { BringBeforeJudicialAuthorityHandler } from './bring-before-judicial-authority/bring-before-judicial-authority.handler';
import { ExtendPoliceCustodyController } from './extend-police-custody/extend-police-custody.controller';
import { ExtendPoliceCustodyHandler } from './extend-police-custody/extend-police-custody.handler';
import { ReleaseWithoutChargeController } from './release-without-charge/release-without-charge.controller';
import { ReleaseWithoutChargeHandler } from './release-without-charge/release-without-charge.handler';
import { ReleaseOnPoliceBailController } from './release-on-police-bail/release-on-police-bail.controller';
import { ReleaseOnPoliceBailHandler } from './release-on-police-bail/release-on-police-bail.handler';
import { ReleaseOnJudicialOrderController } from './release-on-judicial-order/release-on-judicial-order.controller';
import { ReleaseOnJudicialOrderHandler } from './release-on-judicial-order/release-on-judicial-order.handler';
import { OfferConsularContactController } from './offer-consular-contact/offer-consular-contact.controller';
import { OfferConsularContactHandler } from './offer-consular-contact/offer-consular-contact.handler';
import { HandCaseFileToProsecutorController } from './hand-case-file-to-prosecutor/hand-case-file-to-prosecutor.controller';
import { HandCaseFileToProsecutorHandler } from './hand-case-file-to-prosecutor/hand-case-file-to-prosecutor.handler';
import { TransferToPrisonController } from './transfer-to-prison/transfer-to-prison.controller';
import { TransferToPrisonHandler } from './transfer-to-prison/transfer-to-prison.handler';
import { MakeCareArrangementController } from './make-care-arrangement/make-care-arrangement.controller';
import { MakeCareArrangementHandler } from './make-care-arrangement/make-care-arrangement.handler';
import { GiveFamilyContactController } from './give-family-contact/give-family-contact.controller';
import { GiveFamilyContactHandler } from './give-family-contact/give-family-contact.handler';
import { ExplainToChildController } from './explain-to-child/explain-to-child.controller';
import { ExplainToChildHandler } from './explain-to-child/explain-to-child.handler';
import { CorrectArrestRecordController } from './correct-arrest-record/correct-arrest-record.controller';
import { CorrectArrestRecordHandler } from './correct-arrest-record/correct-arrest-record.handler';

/**
 * The arrests context's use cases: the arrest and its reading, the dependants screening, police
 * custody to hand-over or release (with the consular offer made meanwhile), the children's care,
 * contact and explanations, and corrections. In this order in the OpenAPI document.
 */
export const arrestControllers: Type[] = [
  ListArrestsController,
  RecordArrestController,
  RecordDependantsScreeningController,
  GetArrestController,
  TakeIntoPoliceCustodyController,
  BringBeforeJudicialAuthorityController,
  ExtendPoliceCustodyController,
  ReleaseWithoutChargeController,
  ReleaseOnPoliceBailController,
  ReleaseOnJudicialOrderController,
  OfferConsularContactController,
  HandCaseFileToProsecutorController,
  TransferToPrisonController,
  MakeCareArrangementController,
  GiveFamilyContactController,
  ExplainToChildController,
  CorrectArrestRecordController,
];

/** One handler per use case, each calling the shared command or read pipeline. */
export const arrestHandlers: Provider[] = [
  ListArrestsHandler,
  RecordArrestHandler,
  RecordDependantsScreeningHandler,
  GetArrestHandler,
  GetArrestHistoryHandler,
  TakeIntoPoliceCustodyHandler,
  BringBeforeJudicialAuthorityHandler,
  ExtendPoliceCustodyHandler,
  ReleaseWithoutChargeHandler,
  ReleaseOnPoliceBailHandler,
  ReleaseOnJudicialOrderHandler,
  OfferConsularContactHandler,
  HandCaseFileToProsecutorHandler,
  TransferToPrisonHandler,
  MakeCareArrangementHandler,
  GiveFamilyContactHandler,
  ExplainToChildHandler,
  CorrectArrestRecordHandler,
];
