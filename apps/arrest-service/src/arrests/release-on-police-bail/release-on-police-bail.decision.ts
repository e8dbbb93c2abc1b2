import type { ReleasedOnPoliceBail, ReleasedOnPoliceBailData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface ReleaseOnPoliceBail {
  readonly bail: Omit<ReleasedOnPoliceBailData, 'personId'>;
  readonly now: Date;
}

/** She goes home on conditions while the case goes on, whether or not she was ever held in a police station. */
export function decideReleaseOnPoliceBail(command: ReleaseOnPoliceBail, state: ArrestState): ReleasedOnPoliceBail[] {
  const { bail, now } = command;
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${bail.arrestId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.ALREADY_RELEASED', `she was already released at ${state.releasedAt}`);
    case 'transferred-to-prison':
      throw new DomainRuleViolation('CUSTODY.ALREADY_TRANSFERRED', `she was transferred to prison at ${state.transferredAt}; only a court can release her now`);
    case 'arrested':
    case 'in-police-custody':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('releasedAt', bail.releasedAt, now, policeCustodyOrArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ReleasedOnPoliceBail', data: { ...bail, personId: state.personId } }];
}

export const releaseOnPoliceBail: Decider<ReleaseOnPoliceBail, ArrestState, ReleasedOnPoliceBail> = {
  initialState: initialArrestState,
  decide: decideReleaseOnPoliceBail,
  evolve: evolveArrest,
};
