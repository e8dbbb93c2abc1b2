import type { AppealDecided, AppealDecidedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { caseTimeProblems } from '../case-times';

export interface DecideAppeal {
  readonly decision: Omit<AppealDecidedData, 'personId'>;
  readonly now: Date;
}

/** A changed sentence says its new term: her release date, and her children's wait, are counted from it. */
function outcomeProblems(d: DecideAppeal['decision']): FieldProblem[] {
  switch (d.outcome) {
    case 'sentence-changed':
      return d.newCustodialMonths === null ? [{ field: 'newCustodialMonths', message: 'a changed sentence needs its new term' }] : [];
    case 'dismissed':
    case 'conviction-overturned':
      return d.newCustodialMonths !== null ? [{ field: 'newCustodialMonths', message: `must be absent when the appeal is ${d.outcome}` }] : [];
    default: {
      const _exhaustive: never = d.outcome;
      return [];
    }
  }
}

export function decideDecideAppeal(command: DecideAppeal, state: CaseState): AppealDecided[] {
  const { decision, now } = command;
  assertCaseOpen(state, decision.caseId);
  const appeal = state.appeals.find((a) => a.appealId === decision.appealId);
  if (appeal === undefined) throw new DomainRuleViolation('APPEAL.UNKNOWN', `no appeal ${decision.appealId} is filed on this case`);
  if (appeal.decided) throw new DomainRuleViolation('APPEAL.ALREADY_DECIDED', `appeal ${decision.appealId} is already decided`);

  const problems = caseTimeProblems('decidedAt', decision.decidedAt, now, state);
  if (problems.length === 0 && Date.parse(decision.decidedAt) < Date.parse(appeal.filedAt))
    problems.push({ field: 'decidedAt', message: 'cannot be before the appeal was filed' });
  problems.push(...outcomeProblems(decision));
  if (problems.length > 0) throw new InvalidInput('APPEAL.INVALID', problems);
  return [{ type: 'AppealDecided', data: { ...decision, personId: state.personId } }];
}

export const decideAppeal: Decider<DecideAppeal, CaseState, AppealDecided> = {
  initialState: initialCaseState,
  decide: decideDecideAppeal,
  evolve: evolveCase,
};
