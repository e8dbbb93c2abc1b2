import type { ConsularContactRecorded, ConsularContactRecordedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface RecordConsularContact {
  readonly contact: Omit<ConsularContactRecordedData, 'personId'>;
  readonly now: Date;
}

/**
 * A foreign national's contact with her consulate, offered, made or declined (Vienna Convention
 * on Consular Relations art. 36; Nelson Mandela Rule 62): for a mother held abroad, often the only
 * way her children at home learn where she is.
 */
export function decideRecordConsularContact(command: RecordConsularContact, state: CustodyState): ConsularContactRecorded[] {
  const { contact, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${contact.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('recordedAt', contact.recordedAt, now, state);
  if (problems.length > 0) throw new InvalidInput('CONSULAR_CONTACT.INVALID', problems);
  return [{ type: 'ConsularContactRecorded', data: { ...contact, personId: state.personId } }];
}

export const recordConsularContact: Decider<RecordConsularContact, CustodyState, ConsularContactRecorded> = {
  initialState: initialCustodyState,
  decide: decideRecordConsularContact,
  evolve: evolveCustody,
};
