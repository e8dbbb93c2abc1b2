import type { ReleaseScheduled, ReleaseScheduledData } from '@safeguard/contracts';
import { type Decider, DomainRuleViolation, type FieldProblem, InvalidInput, isAfterNow } from '@safeguard/domain';
import { notBeforeAdmissionProblems } from '../custody-times';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface ScheduleRelease {
  /** `scheduledAt` is when the prison set the release, as it states it; null when it does not say. */
  readonly schedule: Omit<ReleaseScheduledData, 'personId' | 'scheduledAt' | 'scheduledAtSource'> & { readonly scheduledAt: string | null };
  readonly now: Date;
}

/**
 * A release is scheduled now for a day that usually lies ahead: the notice her children's
 * caregivers and the reintegration services need to prepare for her return (Bangkok Rules 46–47).
 * Scheduled again, the later schedule replaces the earlier one. The caregivers' notice is owed
 * from when the prison set the day, so the prison's own time is kept: already past (a fast clock
 * aside), not before the admission and not after the release day. A prison that does not say gets
 * the time the record reached us, labelled `time-of-receipt`: a deadline counted from it is never
 * earlier than the truth, and a reader knows the time is ours, not the prison's.
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
  const problems: FieldProblem[] = notBeforeAdmissionProblems('releaseOn', schedule.releaseOn, state);
  if (schedule.scheduledAt !== null) problems.push(...scheduledAtProblems(schedule.scheduledAt, schedule.releaseOn, now, state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  const scheduled =
    schedule.scheduledAt === null
      ? { scheduledAt: now.toISOString(), scheduledAtSource: 'time-of-receipt' as const }
      : { scheduledAt: schedule.scheduledAt, scheduledAtSource: 'stated-by-agency' as const };
  return [{ type: 'ReleaseScheduled', data: { ...schedule, personId: state.personId, ...scheduled } }];
}

function scheduledAtProblems(
  scheduledAt: string,
  releaseOn: string,
  now: Date,
  state: Exclude<CustodyState, { status: 'not-admitted' }>,
): FieldProblem[] {
  if (isAfterNow(scheduledAt, now)) return [{ field: 'scheduledAt', message: 'cannot be in the future' }];
  if (Date.parse(scheduledAt) > Date.parse(releaseOn)) return [{ field: 'scheduledAt', message: 'cannot be after the release day' }];
  return notBeforeAdmissionProblems('scheduledAt', scheduledAt, state);
}

export const scheduleRelease: Decider<ScheduleRelease, CustodyState, ReleaseScheduled> = {
  initialState: initialCustodyState,
  decide: decideScheduleRelease,
  evolve: evolveCustody,
};
