import type { DisciplinarySanctionImposed, DisciplinarySanctionImposedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface ImposeDisciplinarySanction {
  readonly sanction: Omit<DisciplinarySanctionImposedData, 'personId'>;
  readonly now: Date;
}

/**
 * A disciplinary sanction, recorded as imposed. Bangkok Rule 23 forbids one that takes away her
 * contact with her children, yet such a sanction is stored rather than refused: refusing it would
 * hide from the safeguards the very breach they are there to raise.
 */
export function decideImposeDisciplinarySanction(command: ImposeDisciplinarySanction, state: CustodyState): DisciplinarySanctionImposed[] {
  const { sanction, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${sanction.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('imposedAt', sanction.imposedAt, now, state);
  if (problems.length > 0) throw new InvalidInput('DISCIPLINARY_SANCTION.INVALID', problems);
  return [{ type: 'DisciplinarySanctionImposed', data: { ...sanction, personId: state.personId } }];
}

export const imposeDisciplinarySanction: Decider<ImposeDisciplinarySanction, CustodyState, DisciplinarySanctionImposed> = {
  initialState: initialCustodyState,
  decide: decideImposeDisciplinarySanction,
  evolve: evolveCustody,
};
