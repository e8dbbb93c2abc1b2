import type { Type } from '@nestjs/common';
import { AdmitChildWithParentController } from './admit-child-with-parent/admit-child-with-parent.controller';
import { AdmitPersonController } from './admit-person/admit-person.controller';
import { AssessChildController } from './assess-child/assess-child.controller';
import { GetCustodyController } from './get-custody/get-custody.controller';
import { RecordBirthController } from './record-birth/record-birth.controller';
import { RecordChildDepartureController } from './record-child-departure/record-child-departure.controller';
import { RecordChildrenAtAdmissionController } from './record-children-at-admission/record-children-at-admission.controller';
import { RecordPregnancyController } from './record-pregnancy/record-pregnancy.controller';

/** Admission, the children recorded, children living in prison, pregnancy and births; reading custodies. */
export const admissionControllers: Type[] = [
  AdmitPersonController,
  RecordChildrenAtAdmissionController,
  AdmitChildWithParentController,
  AssessChildController,
  RecordChildDepartureController,
  RecordPregnancyController,
  RecordBirthController,
  GetCustodyController,
];
