import type { Charge, VerdictDelivered, VerdictDeliveredData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { caseTimeProblems } from '../case-times';

export interface DeliverVerdict {
  readonly verdict: Omit<VerdictDeliveredData, 'personId'>;
  readonly now: Date;
}

/** A verdict answers every charge the case was opened on, each once: a charge left unanswered leaves her neither convicted nor free. */
function findingsProblems(findings: VerdictDeliveredData['findings'], charges: readonly Charge[]): FieldProblem[] {
  const charged = new Set(charges.map((c) => c.chargeId));
  const named = findings.map((f) => f.chargeId);
  const unknown = named.filter((id) => !charged.has(id));
  const repeated = named.filter((id, i) => named.indexOf(id) !== i);
  const missing = [...charged].filter((id) => !named.includes(id));
  return [
    ...(unknown.length > 0 ? [{ field: 'findings', message: `not charges of this case: ${unknown.join(', ')}` }] : []),
    ...(repeated.length > 0 ? [{ field: 'findings', message: `charges named more than once: ${[...new Set(repeated)].join(', ')}` }] : []),
    ...(missing.length > 0 ? [{ field: 'findings', message: `charges without a finding: ${missing.join(', ')}` }] : []),
  ];
}

export function decideDeliverVerdict(command: DeliverVerdict, state: CaseState): VerdictDelivered[] {
  const { verdict, now } = command;
  switch (state.status) {
    case 'no-case':
      throw new DomainRuleViolation('CASE.UNKNOWN', `no case ${verdict.caseId} is opened`);
    case 'closed':
      throw new DomainRuleViolation('CASE.CLOSED', `the case was closed at ${state.closedAt}`);
    case 'open':
      if (state.verdict !== null) throw new DomainRuleViolation('CASE.ALREADY_JUDGED', `the verdict was delivered at ${state.verdict.deliveredAt}`);
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = [...caseTimeProblems('deliveredAt', verdict.deliveredAt, now, state), ...findingsProblems(verdict.findings, state.charges)];
  if (problems.length > 0) throw new InvalidInput('VERDICT.INVALID', problems);
  return [{ type: 'VerdictDelivered', data: { ...verdict, personId: state.personId } }];
}

export const deliverVerdict: Decider<DeliverVerdict, CaseState, VerdictDelivered> = {
  initialState: initialCaseState,
  decide: decideDeliverVerdict,
  evolve: evolveCase,
};
