import type { CaseOpened, CaseOpenedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';

export interface OpenCase {
  readonly details: CaseOpenedData;
  readonly now: Date;
}

/** The first fact of a case: who is accused of what, and the arrests it rests on (none when she was summoned). */
export function decideOpenCase(command: OpenCase, state: CaseState): CaseOpened[] {
  if (state.status !== 'no-case') {
    throw new DomainRuleViolation('CASE.ALREADY_OPENED', `case ${command.details.caseId} is already opened`);
  }
  const { details, now } = command;
  const problems: FieldProblem[] = [];
  if (Date.parse(details.openedAt) > now.getTime()) problems.push({ field: 'openedAt', message: 'cannot be in the future' });
  const chargeIds = details.charges.map((c) => c.chargeId);
  details.charges.forEach((charge, i) => {
    if (chargeIds.indexOf(charge.chargeId) !== i) problems.push({ field: `charges.${i}.chargeId`, message: 'is given to another charge too' });
    // CCP art. 209 caps a misdemeanour's pre-trial detention at half the minimum: a minimum above the maximum would lift the cap.
    if (charge.minimumPenaltyMonths !== null && charge.minimumPenaltyMonths > charge.maximumPenaltyMonths) {
      problems.push({ field: `charges.${i}.minimumPenaltyMonths`, message: 'cannot be more than maximumPenaltyMonths' });
    }
  });
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  return [{ type: 'CaseOpened', data: details }];
}

export const openCase: Decider<OpenCase, CaseState, CaseOpened> = {
  initialState: initialCaseState,
  decide: decideOpenCase,
  evolve: evolveCase,
};
