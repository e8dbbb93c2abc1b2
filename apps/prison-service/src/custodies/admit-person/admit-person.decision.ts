import type { PersonAdmitted, PersonAdmittedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { unitKindProblems, type Unit } from '@safeguard/units';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface AdmitPerson {
  readonly admission: PersonAdmittedData;
  /** The registry's unit under `admission.facilityId`, looked up by the caller (undefined when it has none). */
  readonly facility: Unit | undefined;
  readonly now: Date;
}

/**
 * The first fact of a custody: who was admitted where, on which order, pre-trial or convicted.
 * Where is a prison of the unit registry: the safeguards, the facility view and the monitors'
 * phone numbers all follow the facility.
 */
export function decideAdmitPerson(command: AdmitPerson, state: CustodyState): PersonAdmitted[] {
  const { admission, now } = command;
  if (state.status !== 'not-admitted') {
    throw new DomainRuleViolation('CUSTODY.ALREADY_ADMITTED', `custody ${admission.custodyId} is already admitted`);
  }
  const problems = [
    ...unitKindProblems('facilityId', admission.facilityId, command.facility, 'prison'),
    ...(Date.parse(admission.admittedAt) > now.getTime() ? [{ field: 'admittedAt', message: 'cannot be in the future' }] : []),
  ];
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'PersonAdmitted', data: admission }];
}

export const admitPerson: Decider<AdmitPerson, CustodyState, PersonAdmitted> = {
  initialState: initialCustodyState,
  decide: decideAdmitPerson,
  evolve: evolveCustody,
};
