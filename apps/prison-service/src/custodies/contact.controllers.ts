import type { Type } from '@nestjs/common';
import { ImposeDisciplinarySanctionController } from './impose-disciplinary-sanction/impose-disciplinary-sanction.controller';
import { NotifyFamilyController } from './notify-family/notify-family.controller';
import { RecordChildMedicalEventController } from './record-child-medical-event/record-child-medical-event.controller';
import { RecordConsularContactController } from './record-consular-contact/record-consular-contact.controller';
import { RecordMedicalEventController } from './record-medical-event/record-medical-event.controller';
import { RecordPhoneCallController } from './record-phone-call/record-phone-call.controller';
import { RecordVisitController } from './record-visit/record-visit.controller';
import { TellParentOfChildMedicalEventController } from './tell-parent-of-child-medical-event/tell-parent-of-child-medical-event.controller';

/** Visits, calls, family notifications, medical events (hers and her children's outside), consular contact and sanctions. */
export const contactControllers: Type[] = [
  RecordVisitController,
  RecordPhoneCallController,
  NotifyFamilyController,
  RecordMedicalEventController,
  RecordChildMedicalEventController,
  TellParentOfChildMedicalEventController,
  RecordConsularContactController,
  ImposeDisciplinarySanctionController,
];
