import type { Provider, Type } from '@nestjs/common';
import { ListCustodiesController } from './list-custodies/list-custodies.controller';
import { ListCustodiesHandler } from './list-custodies/list-custodies.handler';
import { AdmitPersonController } from './admit-person/admit-person.controller';
import { AdmitPersonHandler } from './admit-person/admit-person.handler';
import { RecordChildrenAtAdmissionController } from './record-children-at-admission/record-children-at-admission.controller';
import { RecordChildrenAtAdmissionHandler } from './record-children-at-admission/record-children-at-admission.handler';
import { AdmitChildWithParentController } from './admit-child-with-parent/admit-child-with-parent.controller';
import { AdmitChildWithParentHandler } from './admit-child-with-parent/admit-child-with-parent.handler';
import { AssessChildController } from './assess-child/assess-child.controller';
import { AssessChildHandler } from './assess-child/assess-child.handler';
import { RecordChildDepartureController } from './record-child-departure/record-child-departure.controller';
import { RecordChildDepartureHandler } from './record-child-departure/record-child-departure.handler';
import { RecordPregnancyController } from './record-pregnancy/record-pregnancy.controller';
import { RecordPregnancyHandler } from './record-pregnancy/record-pregnancy.handler';
import { RecordBirthController } from './record-birth/record-birth.controller';
import { RecordBirthHandler } from './record-birth/record-birth.handler';
import { GetCustodyController } from './get-custody/get-custody.controller';
import { GetCustodyHandler, GetCustodyHistoryHandler } from './get-custody/get-custody.handler';
import { RecordVisitController } from './record-visit/record-visit.controller';
import { RecordVisitHandler } from './record-visit/record-visit.handler';
import { RecordPhoneCallController } from './record-phone-call/record-phone-call.controller';
import { RecordPhoneCallHandler } from './record-phone-call/record-phone-call.handler';
import { NotifyFamilyController } from './notify-family/notify-family.controller';
import { NotifyFamilyHandler } from './notify-family/notify-family.handler';
import { RecordMedicalEventController } from './record-medical-event/record-medical-event.controller';
import { RecordMedicalEventHandler } from './record-medical-event/record-medical-event.handler';
import { RecordChildMedicalEventController } from './record-child-medical-event/record-child-medical-event.controller';
import { RecordChildMedicalEventHandler } from './record-child-medical-event/record-child-medical-event.handler';
import { TellParentOfChildMedicalEventController } from './tell-parent-of-child-medical-event/tell-parent-of-child-medical-event.controller';
import { TellParentOfChildMedicalEventHandler } from './tell-parent-of-child-medical-event/tell-parent-of-child-medical-event.handler';
import { RecordConsularContactController } from './record-consular-contact/record-consular-contact.controller';
import { RecordConsularContactHandler } from './record-consular-contact/record-consular-contact.handler';
import { ImposeDisciplinarySanctionController } from './impose-disciplinary-sanction/impose-disciplinary-sanction.controller';
import { ImposeDisciplinarySanctionHandler } from './impose-disciplinary-sanction/impose-disciplinary-sanction.handler';
import { TransferPrisonerController } from './transfer-prisoner/transfer-prisoner.controller';
import { TransferPrisonerHandler } from './transfer-prisoner/transfer-prisoner.handler';
import { ScheduleReleaseController } from './schedule-release/schedule-release.controller';
import { ScheduleReleaseHandler } from './schedule-release/schedule-release.handler';
import { ReleasePersonController } from './release-person/release-person.controller';
import { ReleasePersonHandler } from './release-person/release-person.handler';
import { GrantHomeLeaveController } from './grant-home-leave/grant-home-leave.controller';
import { GrantHomeLeaveHandler } from './grant-home-leave/grant-home-leave.handler';
import { ReturnFromHomeLeaveController } from './return-from-home-leave/return-from-home-leave.controller';
import { ReturnFromHomeLeaveHandler } from './return-from-home-leave/return-from-home-leave.handler';

/** The custodies context's use cases: admission and the children (recorded, living with her, born, assessed, leaving), contact with the family and consulates, health and sanctions, and movements to release. In this order in the OpenAPI document. */
export const custodyControllers: Type[] = [
  ListCustodiesController,
  AdmitPersonController,
  RecordChildrenAtAdmissionController,
  AdmitChildWithParentController,
  AssessChildController,
  RecordChildDepartureController,
  RecordPregnancyController,
  RecordBirthController,
  GetCustodyController,
  RecordVisitController,
  RecordPhoneCallController,
  NotifyFamilyController,
  RecordMedicalEventController,
  RecordChildMedicalEventController,
  TellParentOfChildMedicalEventController,
  RecordConsularContactController,
  ImposeDisciplinarySanctionController,
  TransferPrisonerController,
  ScheduleReleaseController,
  ReleasePersonController,
  GrantHomeLeaveController,
  ReturnFromHomeLeaveController,
];

/** One handler per use case, each calling the shared command or read pipeline. */
export const custodyHandlers: Provider[] = [
  ListCustodiesHandler,
  AdmitPersonHandler,
  RecordChildrenAtAdmissionHandler,
  AdmitChildWithParentHandler,
  AssessChildHandler,
  RecordChildDepartureHandler,
  RecordPregnancyHandler,
  RecordBirthHandler,
  GetCustodyHandler,
  GetCustodyHistoryHandler,
  RecordVisitHandler,
  RecordPhoneCallHandler,
  NotifyFamilyHandler,
  RecordMedicalEventHandler,
  RecordChildMedicalEventHandler,
  TellParentOfChildMedicalEventHandler,
  RecordConsularContactHandler,
  ImposeDisciplinarySanctionHandler,
  TransferPrisonerHandler,
  ScheduleReleaseHandler,
  ReleasePersonHandler,
  GrantHomeLeaveHandler,
  ReturnFromHomeLeaveHandler,
];
