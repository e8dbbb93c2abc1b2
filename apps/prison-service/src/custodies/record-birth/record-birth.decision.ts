import type { ChildBornInCustody, ChildBornInCustodyData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface RecordBirth {
  readonly birth: Omit<ChildBornInCustodyData, 'personId'>;
  readonly now: Date;
}

/**
 * A child born while she is in custody lives in prison with her from birth, and is a new child on
 * the custody: a child already recorded on it cannot be born again.
 */
export function decideRecordBirth(command: RecordBirth, state: CustodyState): ChildBornInCustody[] {
  const { birth, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${birth.custodyId} is admitted`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  if (state.knownChildIds.includes(birth.childId)) {
    throw new DomainRuleViolation('CHILD.ALREADY_KNOWN', `child ${birth.childId} is already recorded on this custody`);
  }
  const problems = custodyTimeProblems('bornAt', birth.bornAt, now, state);
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ChildBornInCustody', data: { ...birth, personId: state.personId } }];
}

export const recordBirth: Decider<RecordBirth, CustodyState, ChildBornInCustody> = {
  initialState: initialCustodyState,
  decide: decideRecordBirth,
  evolve: evolveCustody,
};
