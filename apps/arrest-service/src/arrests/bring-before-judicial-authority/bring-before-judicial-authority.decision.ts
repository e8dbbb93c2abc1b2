import type { BroughtBeforeJudicialAuthority, BroughtBeforeJudicialAuthorityData } from '@safeguard/contracts';
import { InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { assertInPoliceCustody, custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface BringBeforeJudicialAuthority {
  readonly appearance: Omit<BroughtBeforeJudicialAuthorityData, 'personId'>;
  readonly now: Date;
}

/** A prosecutor or judge saw her while she was held by the police: the check on police custody. */
export function decideBringBeforeJudicialAuthority(command: BringBeforeJudicialAuthority, state: ArrestState): BroughtBeforeJudicialAuthority[] {
  const { appearance, now } = command;
  assertInPoliceCustody(state, appearance.arrestId, 'she is not in police custody; record that she was taken into it first');
  const problems = custodyTimeProblems('broughtAt', appearance.broughtAt, now, policeCustodyOrArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'BroughtBeforeJudicialAuthority', data: { ...appearance, personId: state.personId } }];
}

export const bringBeforeJudicialAuthority: Decider<BringBeforeJudicialAuthority, ArrestState, BroughtBeforeJudicialAuthority> = {
  initialState: initialArrestState,
  decide: decideBringBeforeJudicialAuthority,
  evolve: evolveArrest,
};
