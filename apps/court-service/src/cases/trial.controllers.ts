import type { Type } from '@nestjs/common';
import { CloseCaseController } from './close-case/close-case.controller';
import { DecideAppealController } from './decide-appeal/decide-appeal.controller';
import { DeliverVerdictController } from './deliver-verdict/deliver-verdict.controller';
import { FileAppealController } from './file-appeal/file-appeal.controller';
import { GetCaseController } from './get-case/get-case.controller';
import { GrantClemencyController } from './grant-clemency/grant-clemency.controller';
import { ImposeSentenceController } from './impose-sentence/impose-sentence.controller';

/** Verdicts, sentences, appeals, clemency, closing; and reading cases. */
export const trialControllers: Type[] = [
  DeliverVerdictController,
  ImposeSentenceController,
  FileAppealController,
  DecideAppealController,
  GrantClemencyController,
  CloseCaseController,
  GetCaseController,
];
