import type { ChildAssessed, ChildAssessedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface AssessChild {
  readonly assessment: Omit<ChildAssessedData, 'personId'>;
  readonly now: Date;
}

/**
 * Bangkok Rules 49–52: a child living in prison is assessed as an individual, the outcome and
 * any referral or placement plan recorded, and the next assessment fixed.
 */
export function decideAssessChild(command: AssessChild, state: CustodyState): ChildAssessed[] {
  const { assessment: a, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${a.custodyId} is admitted`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const child = state.childrenInPrison.find((c) => c.childId === a.childId);
  if (!child) throw new DomainRuleViolation('CHILD.NOT_IN_PRISON', `child ${a.childId} does not live in prison with her`);
  const problems = custodyTimeProblems('assessedAt', a.assessedAt, now, state);
  if (problems.length === 0 && Date.parse(a.assessedAt) < Date.parse(child.since))
    problems.push({ field: 'assessedAt', message: 'cannot be before the child came to live in prison' });
  if (Date.parse(a.nextAssessmentDue) <= Date.parse(a.assessedAt)) problems.push({ field: 'nextAssessmentDue', message: 'must be after assessedAt' });
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ChildAssessed', data: { ...a, personId: state.personId } }];
}

export const assessChild: Decider<AssessChild, CustodyState, ChildAssessed> = {
  initialState: initialCustodyState,
  decide: decideAssessChild,
  evolve: evolveCustody,
};
