import type { FamilyNotifiedOfHearing, FamilyNotifiedOfHearingData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { caseTimeProblems } from '../case-times';

export interface NotifyFamilyOfHearing {
  readonly notification: Omit<FamilyNotifiedOfHearingData, 'personId'>;
  readonly now: Date;
}

/** Families in the field report often learnt of no hearing: telling them is recorded per hearing. */
export function decideNotifyFamilyOfHearing(command: NotifyFamilyOfHearing, state: CaseState): FamilyNotifiedOfHearing[] {
  const { notification, now } = command;
  assertCaseOpen(state, notification.caseId);
  if (!state.hearings.some((h) => h.hearingId === notification.hearingId)) {
    throw new DomainRuleViolation('HEARING.UNKNOWN', `no hearing ${notification.hearingId} is scheduled in this case`);
  }
  const problems = caseTimeProblems('notifiedAt', notification.notifiedAt, now, state);
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  return [{ type: 'FamilyNotifiedOfHearing', data: { ...notification, personId: state.personId } }];
}

export const notifyFamilyOfHearing: Decider<NotifyFamilyOfHearing, CaseState, FamilyNotifiedOfHearing> = {
  initialState: initialCaseState,
  decide: decideNotifyFamilyOfHearing,
  evolve: evolveCase,
};
