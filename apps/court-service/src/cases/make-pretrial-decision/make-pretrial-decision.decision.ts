import type { PretrialDecisionMade, PretrialDecisionMadeData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { caseTimeProblems } from '../case-times';

export interface MakePretrialDecision {
  readonly decision: Omit<PretrialDecisionMadeData, 'personId'>;
  readonly now: Date;
}

/** A justification shorter than this is a ticked box, not the reasons the order must give. */
export const MIN_DETENTION_JUSTIFICATION = 20;

/**
 * Detention before trial is the exception (Cambodian CCP art. 203): the order names its grounds
 * from art. 205, gives its reasons, its term and its reference. Supervision and release carry none.
 */
function outcomeProblems(d: MakePretrialDecision['decision']): FieldProblem[] {
  switch (d.outcome) {
    case 'detention':
      return [
        ...(d.grounds.length === 0 ? [{ field: 'grounds', message: 'detention needs at least one ground of CCP art. 205' }] : []),
        ...((d.justification ?? '').trim().length < MIN_DETENTION_JUSTIFICATION
          ? [{ field: 'justification', message: `detention needs reasons of at least ${MIN_DETENTION_JUSTIFICATION} characters` }]
          : []),
        ...(d.detentionMonths === null || d.detentionMonths < 1
          ? [{ field: 'detentionMonths', message: 'detention needs a term of at least 1 month' }]
          : []),
        ...(d.detentionOrderReference === null ? [{ field: 'detentionOrderReference', message: 'detention needs the order’s reference' }] : []),
      ];
    case 'judicial-supervision':
    case 'release':
      return [
        ...(d.detentionMonths !== null ? [{ field: 'detentionMonths', message: `must be absent for ${d.outcome}` }] : []),
        ...(d.detentionOrderReference !== null ? [{ field: 'detentionOrderReference', message: `must be absent for ${d.outcome}` }] : []),
      ];
    default: {
      const _exhaustive: never = d.outcome;
      return [];
    }
  }
}

export function decideMakePretrialDecision(command: MakePretrialDecision, state: CaseState): PretrialDecisionMade[] {
  const { decision, now } = command;
  switch (state.status) {
    case 'no-case':
      throw new DomainRuleViolation('CASE.UNKNOWN', `no case ${decision.caseId} is opened`);
    case 'closed':
      throw new DomainRuleViolation('CASE.CLOSED', `the case was closed at ${state.closedAt}`);
    case 'open':
      if (state.verdict !== null) throw new DomainRuleViolation('CASE.ALREADY_JUDGED', `the verdict was delivered at ${state.verdict.deliveredAt}`);
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = [...caseTimeProblems('decidedAt', decision.decidedAt, now, state), ...outcomeProblems(decision)];
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  return [{ type: 'PretrialDecisionMade', data: { ...decision, personId: state.personId } }];
}

export const makePretrialDecision: Decider<MakePretrialDecision, CaseState, PretrialDecisionMade> = {
  initialState: initialCaseState,
  decide: decideMakePretrialDecision,
  evolve: evolveCase,
};
