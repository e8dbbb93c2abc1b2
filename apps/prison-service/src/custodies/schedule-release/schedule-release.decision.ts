import type { ReleaseScheduled, ReleaseScheduledData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { notBeforeAdmissionProblems } from '../custody-times';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface ScheduleRelease {
  readonly schedule: Omit<ReleaseScheduledData, 'personId' | 'scheduledAt' | 'scheduledAtSource'>;
  readonly now: Date;
}

/**
 * A release is scheduled now for a day that usually lies ahead: the notice her children's
 * caregivers and the reintegration services need to prepare for her return (Bangkok Rules 46–47).
 * Scheduled again, the later schedule replaces the earlier one. The prison does not yet say when
 * it set the day, so the time the record reached us stands for it, and says so (`time-of-receipt`).
 */
export function decideScheduleRelease(command: ScheduleRelease, state: CustodyState): ReleaseScheduled[] {
  const { schedule, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${schedule.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = notBeforeAdmissionProblems('releaseOn', schedule.releaseOn, state);
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ReleaseScheduled', data: { ...schedule, personId: state.personId, scheduledAt: now.toISOString(), scheduledAtSource: 'time-of-receipt' } }];
}

export const scheduleRelease: Decider<ScheduleRelease, CustodyState, ReleaseScheduled> = {
  initialState: initialCustodyState,
  decide: decideScheduleRelease,
  evolve: evolveCustody,
};
