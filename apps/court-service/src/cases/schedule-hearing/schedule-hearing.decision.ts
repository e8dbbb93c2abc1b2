import type { HearingScheduled, HearingScheduledData } from '@safeguard/contracts';
import { InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { caseTimeProblems, notBeforeOpeningProblems } from '../case-times';

export interface ScheduleHearing {
  /** `scheduledAt` is when the court set the hearing, as it states it; null when it does not say. */
  readonly hearing: Omit<HearingScheduledData, 'personId' | 'scheduledAt' | 'scheduledAtSource'> & { readonly scheduledAt: string | null };
  readonly now: Date;
}

/**
 * A hearing is scheduled for a date that may lie ahead, never before the case existed. The family
 * is owed notice counted from when the court set it (rule 12), so the court's own time is kept,
 * already past and not after the hearing itself. A court that does not say gets the time the
 * record reached us, labelled `time-of-receipt`: a deadline counted from it is never earlier
 * than the truth, and a reader knows it is ours, not the court's.
 */
export function decideScheduleHearing(command: ScheduleHearing, state: CaseState): HearingScheduled[] {
  const { hearing, now } = command;
  assertCaseOpen(state, hearing.caseId);
  const problems: FieldProblem[] = notBeforeOpeningProblems('hearingAt', hearing.hearingAt, state);
  if (hearing.scheduledAt !== null) {
    problems.push(...caseTimeProblems('scheduledAt', hearing.scheduledAt, now, state));
    if (Date.parse(hearing.scheduledAt) > Date.parse(hearing.hearingAt))
      problems.push({ field: 'scheduledAt', message: 'cannot be after the hearing' });
  }
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  const scheduled =
    hearing.scheduledAt === null
      ? { scheduledAt: now.toISOString(), scheduledAtSource: 'time-of-receipt' as const }
      : { scheduledAt: hearing.scheduledAt, scheduledAtSource: 'stated-by-agency' as const };
  return [{ type: 'HearingScheduled', data: { ...hearing, personId: state.personId, ...scheduled } }];
}

export const scheduleHearing: Decider<ScheduleHearing, CaseState, HearingScheduled> = {
  initialState: initialCaseState,
  decide: decideScheduleHearing,
  evolve: evolveCase,
};
