import type { TakenIntoPoliceCustody, TakenIntoPoliceCustodyData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { custodyTimeProblems, theArrest } from '../custody-times';

export interface TakeIntoPoliceCustody {
  readonly custody: Omit<TakenIntoPoliceCustodyData, 'personId'>;
  readonly now: Date;
}

/** She is held in a police station: from here on the custody time limits run. */
export function decideTakeIntoPoliceCustody(command: TakeIntoPoliceCustody, state: ArrestState): TakenIntoPoliceCustody[] {
  const { custody, now } = command;
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${custody.arrestId} is recorded`);
    case 'in-police-custody':
      throw new DomainRuleViolation('CUSTODY.ALREADY_IN_CUSTODY', `she has been in police custody since ${state.custodyAt}`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.ALREADY_RELEASED', `she was released at ${state.releasedAt}; a new arrest must be recorded`);
    case 'transferred-to-prison':
      throw new DomainRuleViolation('CUSTODY.ALREADY_TRANSFERRED', `she was transferred to prison at ${state.transferredAt}`);
    case 'arrested':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('custodyAt', custody.custodyAt, now, theArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'TakenIntoPoliceCustody', data: { ...custody, personId: state.personId } }];
}

export const takeIntoPoliceCustody: Decider<TakeIntoPoliceCustody, ArrestState, TakenIntoPoliceCustody> = {
  initialState: initialArrestState,
  decide: decideTakeIntoPoliceCustody,
  evolve: evolveArrest,
};
