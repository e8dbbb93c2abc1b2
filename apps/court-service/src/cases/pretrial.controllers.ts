import type { Type } from '@nestjs/common';
import { ExtendPretrialDetentionController } from './extend-pretrial-detention/extend-pretrial-detention.controller';
import { MakePretrialDecisionController } from './make-pretrial-decision/make-pretrial-decision.controller';
import { NotifyFamilyOfHearingController } from './notify-family-of-hearing/notify-family-of-hearing.controller';
import { OpenCaseController } from './open-case/open-case.controller';
import { RecordLegalRepresentationController } from './record-legal-representation/record-legal-representation.controller';
import { ScheduleHearingController } from './schedule-hearing/schedule-hearing.controller';

/** Opening a case and the decisions before trial. */
export const pretrialControllers: Type[] = [
  OpenCaseController,
  RecordLegalRepresentationController,
  MakePretrialDecisionController,
  ExtendPretrialDetentionController,
  ScheduleHearingController,
  NotifyFamilyOfHearingController,
];
