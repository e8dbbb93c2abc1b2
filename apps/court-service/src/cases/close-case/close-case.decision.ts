import type { CaseClosed, CaseClosedData } from '@safeguard/contracts';
import { InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { caseTimeProblems } from '../case-times';

export interface CloseCase {
  readonly closure: Omit<CaseClosedData, 'personId'>;
  readonly now: Date;
}

/** The last fact of a case, with the reason the registry gives; nothing is recorded on it afterwards. */
export function decideCloseCase(command: CloseCase, state: CaseState): CaseClosed[] {
  const { closure, now } = command;
  assertCaseOpen(state, closure.caseId);
  const problems = caseTimeProblems('closedAt', closure.closedAt, now, state);
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  return [{ type: 'CaseClosed', data: { ...closure, personId: state.personId } }];
}

export const closeCase: Decider<CloseCase, CaseState, CaseClosed> = {
  initialState: initialCaseState,
  decide: decideCloseCase,
  evolve: evolveCase,
};
