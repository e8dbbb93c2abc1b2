import type { ChildAdmittedWithParent, ChildAdmittedWithParentData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface AdmitChildWithParent {
  readonly child: Omit<ChildAdmittedWithParentData, 'personId'>;
  readonly now: Date;
}

/**
 * A young child comes to live in prison with her. From then on the prison answers for the
 * child's care and for the individual assessments of Bangkok Rules 49–52.
 */
export function decideAdmitChildWithParent(command: AdmitChildWithParent, state: CustodyState): ChildAdmittedWithParent[] {
  const { child, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${child.custodyId} is admitted`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  if (state.childrenInPrison.some((c) => c.childId === child.childId)) {
    throw new DomainRuleViolation('CHILD.ALREADY_IN_PRISON', `child ${child.childId} already lives in prison with her`);
  }
  const problems = custodyTimeProblems('admittedAt', child.admittedAt, now, state);
  if (Date.parse(child.dateOfBirth) > now.getTime()) problems.push({ field: 'dateOfBirth', message: 'cannot be in the future' });
  else if (Date.parse(child.dateOfBirth) > Date.parse(child.admittedAt))
    problems.push({ field: 'dateOfBirth', message: 'cannot be after the child was admitted; record a birth in custody instead' });
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ChildAdmittedWithParent', data: { ...child, personId: state.personId } }];
}

export const admitChildWithParent: Decider<AdmitChildWithParent, CustodyState, ChildAdmittedWithParent> = {
  initialState: initialCustodyState,
  decide: decideAdmitChildWithParent,
  evolve: evolveCustody,
};
