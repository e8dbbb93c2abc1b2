import type { BroughtBeforeJudicialAuthority, BroughtBeforeJudicialAuthorityData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface BringBeforeJudicialAuthority {
  readonly appearance: Omit<BroughtBeforeJudicialAuthorityData, 'personId'>;
  readonly now: Date;
}

/** A prosecutor or judge saw her while she was held by the police: the check on police custody. */
export function decideBringBeforeJudicialAuthority(command: BringBeforeJudicialAuthority, state: ArrestState): BroughtBeforeJudicialAuthority[] {
  const { appearance, now } = command;
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${appearance.arrestId} is recorded`);
    case 'arrested':
      throw new DomainRuleViolation('CUSTODY.NOT_IN_POLICE_CUSTODY', 'she is not in police custody; record that she was taken into it first');
    case 'released':
      throw new DomainRuleViolation('CUSTODY.ALREADY_RELEASED', `she was released at ${state.releasedAt}`);
    case 'transferred-to-prison':
      throw new DomainRuleViolation('CUSTODY.ALREADY_TRANSFERRED', `she was transferred to prison at ${state.transferredAt}`);
    case 'in-police-custody':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('broughtAt', appearance.broughtAt, now, policeCustodyOrArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'BroughtBeforeJudicialAuthority', data: { ...appearance, personId: state.personId } }];
}

export const bringBeforeJudicialAuthority: Decider<BringBeforeJudicialAuthority, ArrestState, BroughtBeforeJudicialAuthority> = {
  initialState: initialArrestState,
  decide: decideBringBeforeJudicialAuthority,
  evolve: evolveArrest,
};
