import type { HearingScheduled, HearingScheduledData } from '@safeguard/contracts';
import { InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { notBeforeOpeningProblems } from '../case-times';

export interface ScheduleHearing {
  readonly hearing: Omit<HearingScheduledData, 'personId' | 'scheduledAt' | 'scheduledAtSource'>;
  readonly now: Date;
}

/**
 * A hearing is scheduled for a date that may lie ahead, never before the case existed. The court
 * does not yet say when it set the date, so the time the record reached us stands for it, and
 * says so (`time-of-receipt`): a notice deadline counted from it is never earlier than the truth.
 */
export function decideScheduleHearing(command: ScheduleHearing, state: CaseState): HearingScheduled[] {
  const { hearing, now } = command;
  assertCaseOpen(state, hearing.caseId);
  const problems = notBeforeOpeningProblems('hearingAt', hearing.hearingAt, state);
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  return [{ type: 'HearingScheduled', data: { ...hearing, personId: state.personId, scheduledAt: now.toISOString(), scheduledAtSource: 'time-of-receipt' } }];
}

export const scheduleHearing: Decider<ScheduleHearing, CaseState, HearingScheduled> = {
  initialState: initialCaseState,
  decide: decideScheduleHearing,
  evolve: evolveCase,
};
