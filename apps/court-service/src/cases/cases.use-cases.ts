import type { Provider, Type } from '@nestjs/common';
import { ListCasesController } from './list-cases/list-cases.controller';
import { ListCasesHandler } from './list-cases/list-cases.handler';
import { OpenCaseController } from './open-case/open-case.controller';
import { OpenCaseHandler } from './open-case/open-case.handler';
import { RecordLegalRepresentationController } from './record-legal-representation/record-legal-representation.controller';
import { RecordLegalRepresentationHandler } from './record-legal-representation/record-legal-representation.handler';
import { MakePretrialDecisionController } from './make-pretrial-decision/make-pretrial-decision.controller';
import { MakePretrialDecisionHandler } from './make-pretrial-decision/make-pretrial-decision.handler';
import { ExtendPretrialDetentionController } from './extend-pretrial-detention/extend-pretrial-detention.controller';
import { ExtendPretrialDetentionHandler } from './extend-pretrial-detention/extend-pretrial-detention.handler';
import { ScheduleHearingController } from './schedule-hearing/schedule-hearing.controller';
import { ScheduleHearingHandler } from './schedule-hearing/schedule-hearing.handler';
import { NotifyFamilyOfHearingController } from './notify-family-of-hearing/notify-family-of-hearing.controller';
import { NotifyFamilyOfHearingHandler } from './notify-family-of-hearing/notify-family-of-hearing.handler';
import { DeliverVerdictController } from './deliver-verdict/deliver-verdict.controller';
import { DeliverVerdictHandler } from './deliver-verdict/deliver-verdict.handler';
import { ImposeSentenceController } from './impose-sentence/impose-sentence.controller';
import { ImposeSentenceHandler } from './impose-sentence/impose-sentence.handler';
import { FileAppealController } from './file-appeal/file-appeal.controller';
import { FileAppealHandler } from './file-appeal/file-appeal.handler';
import { DecideAppealController } from './decide-appeal/decide-appeal.controller';
import { DecideAppealHandler } from './decide-appeal/decide-appeal.handler';
import { GrantClemencyController } from './grant-clemency/grant-clemency.controller';
import { GrantClemencyHandler } from './grant-clemency/grant-clemency.handler';
import { CloseCaseController } from './close-case/close-case.controller';
import { CloseCaseHandler } from './close-case/close-case.handler';
import { GetCaseController } from './get-case/get-case.controller';
import { GetCaseHandler, GetCaseHistoryHandler } from './get-case/get-case.handler';

/** The cases context's use cases: opening a case, the decisions before trial, the trial and what follows it, and reading a case. In this order in the OpenAPI document. */
export const caseControllers: Type[] = [
  ListCasesController,
  OpenCaseController,
  RecordLegalRepresentationController,
  MakePretrialDecisionController,
  ExtendPretrialDetentionController,
  ScheduleHearingController,
  NotifyFamilyOfHearingController,
  DeliverVerdictController,
  ImposeSentenceController,
  FileAppealController,
  DecideAppealController,
  GrantClemencyController,
  CloseCaseController,
  GetCaseController,
];

/** One handler per use case, each calling the shared command or read pipeline. */
export const caseHandlers: Provider[] = [
  ListCasesHandler,
  OpenCaseHandler,
  RecordLegalRepresentationHandler,
  MakePretrialDecisionHandler,
  ExtendPretrialDetentionHandler,
  ScheduleHearingHandler,
  NotifyFamilyOfHearingHandler,
  DeliverVerdictHandler,
  ImposeSentenceHandler,
  FileAppealHandler,
  DecideAppealHandler,
  GrantClemencyHandler,
  CloseCaseHandler,
  GetCaseHandler,
  GetCaseHistoryHandler,
];
