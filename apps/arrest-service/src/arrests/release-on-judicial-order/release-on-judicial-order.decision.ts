import type { ReleasedOnJudicialOrder, ReleasedOnJudicialOrderData } from '@safeguard/contracts';
import { InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { assertInPoliceCustody, custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface ReleaseOnJudicialOrder {
  readonly release: Omit<ReleasedOnJudicialOrderData, 'personId'>;
  readonly now: Date;
}

/**
 * A judge or prosecutor ordered her out of police custody (judicial supervision, bail set by the
 * court, provisional release, no further action). Only the police hold her until then, so only a
 * custody they record can end this way; the order ends it as a police release does (rule 25).
 */
export function decideReleaseOnJudicialOrder(command: ReleaseOnJudicialOrder, state: ArrestState): ReleasedOnJudicialOrder[] {
  const { release, now } = command;
  assertInPoliceCustody(state, release.arrestId, 'she is not in police custody, so no judicial order can release her from it');
  const problems = custodyTimeProblems('releasedAt', release.releasedAt, now, policeCustodyOrArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ReleasedOnJudicialOrder', data: { ...release, personId: state.personId } }];
}

export const releaseOnJudicialOrder: Decider<ReleaseOnJudicialOrder, ArrestState, ReleasedOnJudicialOrder> = {
  initialState: initialArrestState,
  decide: decideReleaseOnJudicialOrder,
  evolve: evolveArrest,
};
