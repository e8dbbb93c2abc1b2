import type { PhoneCallMade, PhoneCallMadeData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface RecordPhoneCall {
  readonly call: Omit<PhoneCallMadeData, 'personId'>;
  readonly now: Date;
}

/**
 * Bangkok Rule 26: contact with her family by telephone, recorded with the children who spoke
 * with her (each one the prison knows of) and what the call cost the family.
 */
export function decideRecordPhoneCall(command: RecordPhoneCall, state: CustodyState): PhoneCallMade[] {
  const { call, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${call.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const unknown = call.childIds.filter((id) => !state.knownChildIds.includes(id));
  if (unknown.length > 0)
    throw new DomainRuleViolation('CHILD.UNKNOWN', `children ${unknown.join(', ')} are not known in custody ${call.custodyId}`, {
      childIds: unknown,
    });
  const problems = custodyTimeProblems('calledAt', call.calledAt, now, state);
  if (problems.length > 0) throw new InvalidInput('PHONE_CALL.INVALID', problems);
  return [{ type: 'PhoneCallMade', data: { ...call, personId: state.personId } }];
}

export const recordPhoneCall: Decider<RecordPhoneCall, CustodyState, PhoneCallMade> = {
  initialState: initialCustodyState,
  decide: decideRecordPhoneCall,
  evolve: evolveCustody,
};
