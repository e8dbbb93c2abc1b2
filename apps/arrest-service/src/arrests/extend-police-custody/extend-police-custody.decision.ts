import type { PoliceCustodyExtended, PoliceCustodyExtendedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface ExtendPoliceCustody {
  readonly extension: Omit<PoliceCustodyExtendedData, 'personId'>;
  readonly now: Date;
}

/** Holding her beyond 48 h needs a recorded authorisation, saying who gave it and until when (Cambodian CCP art. 96). */
export function decideExtendPoliceCustody(command: ExtendPoliceCustody, state: ArrestState): PoliceCustodyExtended[] {
  const { extension, now } = command;
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${extension.arrestId} is recorded`);
    case 'arrested':
      throw new DomainRuleViolation('CUSTODY.NOT_IN_POLICE_CUSTODY', 'she is not in police custody, so there is no custody to extend');
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
  const problems = custodyTimeProblems('authorisedAt', extension.authorisedAt, now, policeCustodyOrArrest(state));
  if (Date.parse(extension.until) <= Date.parse(extension.authorisedAt)) problems.push({ field: 'until', message: 'must be after authorisedAt' });
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'PoliceCustodyExtended', data: { ...extension, personId: state.personId } }];
}

export const extendPoliceCustody: Decider<ExtendPoliceCustody, ArrestState, PoliceCustodyExtended> = {
  initialState: initialArrestState,
  decide: decideExtendPoliceCustody,
  evolve: evolveArrest,
};
