import type { AppealFiled, AppealFiledData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { caseTimeProblems } from '../case-times';

export interface FileAppeal {
  readonly appeal: Omit<AppealFiledData, 'personId'>;
  readonly now: Date;
}

/** Either side may appeal a judgment once there is one; whether she stays detained meanwhile is recorded with it. */
export function decideFileAppeal(command: FileAppeal, state: CaseState): AppealFiled[] {
  const { appeal, now } = command;
  assertCaseOpen(state, appeal.caseId);
  const { verdict } = state;
  if (verdict === null) throw new DomainRuleViolation('APPEAL.NO_VERDICT', 'there is no judgment to appeal against yet');
  if (state.appeals.some((a) => a.appealId === appeal.appealId))
    throw new DomainRuleViolation('APPEAL.ALREADY_FILED', `appeal ${appeal.appealId} is already filed`);

  const problems = caseTimeProblems('filedAt', appeal.filedAt, now, state);
  if (problems.length === 0 && Date.parse(appeal.filedAt) < Date.parse(verdict.deliveredAt))
    problems.push({ field: 'filedAt', message: 'cannot be before the verdict' });
  if (problems.length > 0) throw new InvalidInput('APPEAL.INVALID', problems);
  return [{ type: 'AppealFiled', data: { ...appeal, personId: state.personId } }];
}

export const fileAppeal: Decider<FileAppeal, CaseState, AppealFiled> = {
  initialState: initialCaseState,
  decide: decideFileAppeal,
  evolve: evolveCase,
};
