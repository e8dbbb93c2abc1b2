import type { PersonAdmitted, PersonAdmittedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface AdmitPerson {
  readonly admission: PersonAdmittedData;
  readonly now: Date;
}

/** The first fact of a custody: who was admitted where, on which order, pre-trial or convicted. */
export function decideAdmitPerson(command: AdmitPerson, state: CustodyState): PersonAdmitted[] {
  const { admission, now } = command;
  if (state.status !== 'not-admitted') {
    throw new DomainRuleViolation('CUSTODY.ALREADY_ADMITTED', `custody ${admission.custodyId} is already admitted`);
  }
  if (Date.parse(admission.admittedAt) > now.getTime()) {
    throw new InvalidInput('CUSTODY.INVALID', [{ field: 'admittedAt', message: 'cannot be in the future' }]);
  }
  return [{ type: 'PersonAdmitted', data: admission }];
}

export const admitPerson: Decider<AdmitPerson, CustodyState, PersonAdmitted> = {
  initialState: initialCustodyState,
  decide: decideAdmitPerson,
  evolve: evolveCustody,
};
