import type { CaseClosed, CaseClosedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { caseTimeProblems } from '../case-times';

export interface CloseCase {
  readonly closure: Omit<CaseClosedData, 'personId'>;
  readonly now: Date;
}

/** The last fact of a case, with the reason the registry gives; nothing is recorded on it afterwards. */
export function decideCloseCase(command: CloseCase, state: CaseState): CaseClosed[] {
  const { closure, now } = command;
  switch (state.status) {
    case 'no-case':
      throw new DomainRuleViolation('CASE.UNKNOWN', `no case ${closure.caseId} is opened`);
    case 'closed':
      throw new DomainRuleViolation('CASE.CLOSED', `the case was closed at ${state.closedAt}`);
    case 'open':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = caseTimeProblems('closedAt', closure.closedAt, now, state);
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  return [{ type: 'CaseClosed', data: { ...closure, personId: state.personId } }];
}

export const closeCase: Decider<CloseCase, CaseState, CaseClosed> = {
  initialState: initialCaseState,
  decide: decideCloseCase,
  evolve: evolveCase,
};
