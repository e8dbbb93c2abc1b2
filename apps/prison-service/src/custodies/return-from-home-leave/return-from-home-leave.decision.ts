import type { ReturnedFromHomeLeave, ReturnedFromHomeLeaveData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { custodyTimeProblems } from '../custody-times';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface ReturnFromHomeLeave {
  readonly homecoming: Omit<ReturnedFromHomeLeaveData, 'personId'>;
  readonly now: Date;
}

/** She is back in the facility from home leave; a late return is recorded as it happened. */
export function decideReturnFromHomeLeave(command: ReturnFromHomeLeave, state: CustodyState): ReturnedFromHomeLeave[] {
  const { homecoming, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${homecoming.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
      throw new DomainRuleViolation('CUSTODY.NOT_ON_HOME_LEAVE', 'she is held in the facility, not on home leave');
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('returnedAt', homecoming.returnedAt, now, state);
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ReturnedFromHomeLeave', data: { ...homecoming, personId: state.personId } }];
}

export const returnFromHomeLeave: Decider<ReturnFromHomeLeave, CustodyState, ReturnedFromHomeLeave> = {
  initialState: initialCustodyState,
  decide: decideReturnFromHomeLeave,
  evolve: evolveCustody,
};
