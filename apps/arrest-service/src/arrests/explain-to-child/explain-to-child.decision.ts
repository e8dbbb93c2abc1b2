import type { ChildGivenExplanation, ChildGivenExplanationData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { childCareTimeProblems } from '../child-care-times';

export interface ExplainToChild {
  readonly explanation: Omit<ChildGivenExplanationData, 'personId'>;
  readonly now: Date;
}

/** A child recorded on the arrest is told what is happening and where the parent is taken. */
export function decideExplainToChild(command: ExplainToChild, state: ArrestState): ChildGivenExplanation[] {
  const e = command.explanation;
  if (state.status === 'not-recorded') throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${e.arrestId} is recorded`);
  if (!state.childIds.includes(e.childId)) {
    throw new DomainRuleViolation('CHILD.NOT_ON_RECORD', `child ${e.childId} is not recorded on arrest ${e.arrestId}`, { childIds: [e.childId] });
  }
  const problems = childCareTimeProblems('explainedAt', e.explainedAt, command.now, state);
  if (problems.length > 0) throw new InvalidInput('CHILD_EXPLANATION.INVALID', problems);

  return [{ type: 'ChildGivenExplanation', data: { ...e, personId: state.personId } }];
}

export const explainToChild: Decider<ExplainToChild, ArrestState, ChildGivenExplanation> = {
  initialState: initialArrestState,
  decide: decideExplainToChild,
  evolve: evolveArrest,
};
