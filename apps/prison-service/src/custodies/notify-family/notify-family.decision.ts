import type { FamilyNotified, FamilyNotifiedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface NotifyFamily {
  readonly notification: Omit<FamilyNotifiedData, 'personId'>;
  readonly now: Date;
}

/**
 * The family is told of a transfer, a medical matter, a legal date or a release. Accepted after
 * she was released too: the caregiver is often told only once she is already out, and that late
 * notice is itself what the safeguards must see.
 */
export function decideNotifyFamily(command: NotifyFamily, state: CustodyState): FamilyNotified[] {
  const { notification, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${notification.custodyId} is recorded`);
    case 'held':
    case 'on-home-leave':
    case 'released':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('notifiedAt', notification.notifiedAt, now, state);
  if (problems.length > 0) throw new InvalidInput('FAMILY_NOTIFICATION.INVALID', problems);
  return [{ type: 'FamilyNotified', data: { ...notification, personId: state.personId } }];
}

export const notifyFamily: Decider<NotifyFamily, CustodyState, FamilyNotified> = {
  initialState: initialCustodyState,
  decide: decideNotifyFamily,
  evolve: evolveCustody,
};
