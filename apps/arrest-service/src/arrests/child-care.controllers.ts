import type { Type } from '@nestjs/common';
import { CorrectArrestRecordController } from './correct-arrest-record/correct-arrest-record.controller';
import { ExplainToChildController } from './explain-to-child/explain-to-child.controller';
import { GiveFamilyContactController } from './give-family-contact/give-family-contact.controller';
import { MakeCareArrangementController } from './make-care-arrangement/make-care-arrangement.controller';

/** The use cases about the children: care arrangements, family contact, explanations; and corrections. */
export const childCareControllers: Type[] = [MakeCareArrangementController, GiveFamilyContactController, ExplainToChildController, CorrectArrestRecordController];
