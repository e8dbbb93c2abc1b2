import type { HearingScheduled, HearingScheduledData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { notBeforeOpeningProblems } from '../case-times';

export interface ScheduleHearing {
  readonly hearing: Omit<HearingScheduledData, 'personId' | 'scheduledAt'>;
  readonly now: Date;
}

/** A hearing is scheduled now for a date that may lie ahead, never before the case existed. */
export function decideScheduleHearing(command: ScheduleHearing, state: CaseState): HearingScheduled[] {
  const { hearing, now } = command;
  switch (state.status) {
    case 'no-case':
      throw new DomainRuleViolation('CASE.UNKNOWN', `no case ${hearing.caseId} is opened`);
    case 'closed':
      throw new DomainRuleViolation('CASE.CLOSED', `the case was closed at ${state.closedAt}`);
    case 'open':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = notBeforeOpeningProblems('hearingAt', hearing.hearingAt, state);
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  return [{ type: 'HearingScheduled', data: { ...hearing, personId: state.personId, scheduledAt: now.toISOString() } }];
}

export const scheduleHearing: Decider<ScheduleHearing, CaseState, HearingScheduled> = {
  initialState: initialCaseState,
  decide: decideScheduleHearing,
  evolve: evolveCase,
};
