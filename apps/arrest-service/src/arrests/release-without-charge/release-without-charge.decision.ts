import type { ReleasedWithoutCharge, ReleasedWithoutChargeData } from '@safeguard/contracts';
import type { Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { decideRelease } from '../police-release';

export interface ReleaseWithoutCharge {
  readonly release: Omit<ReleasedWithoutChargeData, 'personId'>;
  readonly now: Date;
}

/** She goes home with no charge, whether or not she was ever held in a police station. */
export function decideReleaseWithoutCharge(command: ReleaseWithoutCharge, state: ArrestState): ReleasedWithoutCharge[] {
  return decideRelease('ReleasedWithoutCharge', command.release, command.now, state);
}

export const releaseWithoutCharge: Decider<ReleaseWithoutCharge, ArrestState, ReleasedWithoutCharge> = {
  initialState: initialArrestState,
  decide: decideReleaseWithoutCharge,
  evolve: evolveArrest,
};
