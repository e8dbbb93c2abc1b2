import type { ChildLeftPrison, ChildLeftPrisonData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface RecordChildDeparture {
  readonly departure: Omit<ChildLeftPrisonData, 'personId'>;
  readonly now: Date;
}

/**
 * A child who lived in prison with her leaves it, and to whom: Bangkok Rule 52 asks that the
 * separation be prepared and that her contact with the child go on.
 */
export function decideRecordChildDeparture(command: RecordChildDeparture, state: CustodyState): ChildLeftPrison[] {
  const { departure: d, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${d.custodyId} is admitted`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}, and her children left with her`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const child = state.childrenInPrison.find((c) => c.childId === d.childId);
  if (!child) throw new DomainRuleViolation('CHILD.NOT_IN_PRISON', `child ${d.childId} does not live in prison with her`);
  const problems = custodyTimeProblems('leftAt', d.leftAt, now, state);
  if (problems.length === 0 && Date.parse(d.leftAt) < Date.parse(child.since))
    problems.push({ field: 'leftAt', message: 'cannot be before the child came to live in prison' });
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ChildLeftPrison', data: { ...d, personId: state.personId } }];
}

export const recordChildDeparture: Decider<RecordChildDeparture, CustodyState, ChildLeftPrison> = {
  initialState: initialCustodyState,
  decide: decideRecordChildDeparture,
  evolve: evolveCustody,
};
