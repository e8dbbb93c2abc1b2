import type { Type } from '@nestjs/common';
import { GrantHomeLeaveController } from './grant-home-leave/grant-home-leave.controller';
import { ReleasePersonController } from './release-person/release-person.controller';
import { ReturnFromHomeLeaveController } from './return-from-home-leave/return-from-home-leave.controller';
import { ScheduleReleaseController } from './schedule-release/schedule-release.controller';
import { TransferPrisonerController } from './transfer-prisoner/transfer-prisoner.controller';

/** Transfers, scheduled releases, releases and home leave. */
export const movementControllers: Type[] = [
  TransferPrisonerController,
  ScheduleReleaseController,
  ReleasePersonController,
  GrantHomeLeaveController,
  ReturnFromHomeLeaveController,
];
