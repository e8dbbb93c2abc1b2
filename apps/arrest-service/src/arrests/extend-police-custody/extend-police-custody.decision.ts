import type { PoliceCustodyExtended, PoliceCustodyExtendedData } from '@safeguard/contracts';
import { InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { assertInPoliceCustody, custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface ExtendPoliceCustody {
  readonly extension: Omit<PoliceCustodyExtendedData, 'personId'>;
  readonly now: Date;
}

/** Holding her beyond 48 h needs a recorded authorisation, saying who gave it and until when (Cambodian CCP art. 96). */
export function decideExtendPoliceCustody(command: ExtendPoliceCustody, state: ArrestState): PoliceCustodyExtended[] {
  const { extension, now } = command;
  assertInPoliceCustody(state, extension.arrestId, 'she is not in police custody, so there is no custody to extend');
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
