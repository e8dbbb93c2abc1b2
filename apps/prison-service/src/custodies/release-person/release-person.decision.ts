import type { PersonReleased, PersonReleasedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { custodyTimeProblems } from '../custody-times';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface ReleasePerson {
  readonly release: Omit<PersonReleasedData, 'personId'>;
  readonly now: Date;
}

/**
 * She leaves prison, and the children living with her leave with her. Recorded by the facility
 * holding her, while she is there: a woman on home leave is recorded back before her release.
 */
export function decideReleasePerson(command: ReleasePerson, state: CustodyState): PersonReleased[] {
  const { release, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${release.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was already released at ${state.releasedAt}`);
    case 'on-home-leave':
      throw new DomainRuleViolation('CUSTODY.ON_HOME_LEAVE', `she is on home leave until ${state.leaveUntil}; record her return first`);
    case 'held':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('releasedAt', release.releasedAt, now, state);
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'PersonReleased', data: { ...release, personId: state.personId } }];
}

export const releasePerson: Decider<ReleasePerson, CustodyState, PersonReleased> = {
  initialState: initialCustodyState,
  decide: decideReleasePerson,
  evolve: evolveCustody,
};
