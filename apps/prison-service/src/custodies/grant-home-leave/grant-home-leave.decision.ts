import type { HomeLeaveGranted, HomeLeaveGrantedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { custodyTimeProblems } from '../custody-times';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface GrantHomeLeave {
  readonly leave: Omit<HomeLeaveGrantedData, 'personId'>;
  readonly now: Date;
}

/**
 * Home leave lets her re-establish contact with her children before release (Bangkok Rule 45).
 * Granted only while she is held; the leave starts no earlier than the grant and ends after it starts.
 */
export function decideGrantHomeLeave(command: GrantHomeLeave, state: CustodyState): HomeLeaveGranted[] {
  const { leave, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${leave.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'on-home-leave':
      throw new DomainRuleViolation('CUSTODY.ON_HOME_LEAVE', `she is already on home leave until ${state.leaveUntil}`);
    case 'held':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('grantedAt', leave.grantedAt, now, state);
  if (Date.parse(leave.leaveFrom) < Date.parse(leave.grantedAt))
    problems.push({ field: 'leaveFrom', message: 'cannot be before the leave was granted' });
  if (Date.parse(leave.leaveUntil) <= Date.parse(leave.leaveFrom)) problems.push({ field: 'leaveUntil', message: 'must be after leaveFrom' });
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'HomeLeaveGranted', data: { ...leave, personId: state.personId } }];
}

export const grantHomeLeave: Decider<GrantHomeLeave, CustodyState, HomeLeaveGranted> = {
  initialState: initialCustodyState,
  decide: decideGrantHomeLeave,
  evolve: evolveCustody,
};
