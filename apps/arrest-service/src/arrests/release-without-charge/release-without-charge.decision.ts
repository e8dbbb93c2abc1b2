import type { ReleasedWithoutCharge, ReleasedWithoutChargeData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface ReleaseWithoutCharge {
  readonly release: Omit<ReleasedWithoutChargeData, 'personId'>;
  readonly now: Date;
}

/** She goes home with no charge, whether or not she was ever held in a police station. */
export function decideReleaseWithoutCharge(command: ReleaseWithoutCharge, state: ArrestState): ReleasedWithoutCharge[] {
  const { release, now } = command;
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${release.arrestId} is recorded`);
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
  const problems = custodyTimeProblems('releasedAt', release.releasedAt, now, policeCustodyOrArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ReleasedWithoutCharge', data: { ...release, personId: state.personId } }];
}

export const releaseWithoutCharge: Decider<ReleaseWithoutCharge, ArrestState, ReleasedWithoutCharge> = {
  initialState: initialArrestState,
  decide: decideReleaseWithoutCharge,
  evolve: evolveArrest,
};
