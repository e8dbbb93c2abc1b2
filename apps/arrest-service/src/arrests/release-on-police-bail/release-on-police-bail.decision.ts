import type { ReleasedOnPoliceBail, ReleasedOnPoliceBailData } from '@safeguard/contracts';
import type { Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { decideRelease } from '../police-release';

export interface ReleaseOnPoliceBail {
  readonly bail: Omit<ReleasedOnPoliceBailData, 'personId'>;
  readonly now: Date;
}

/** She goes home on conditions while the case goes on, whether or not she was ever held in a police station. */
export function decideReleaseOnPoliceBail(command: ReleaseOnPoliceBail, state: ArrestState): ReleasedOnPoliceBail[] {
  return decideRelease('ReleasedOnPoliceBail', command.bail, command.now, state);
}

export const releaseOnPoliceBail: Decider<ReleaseOnPoliceBail, ArrestState, ReleasedOnPoliceBail> = {
  initialState: initialArrestState,
  decide: decideReleaseOnPoliceBail,
  evolve: evolveArrest,
};
