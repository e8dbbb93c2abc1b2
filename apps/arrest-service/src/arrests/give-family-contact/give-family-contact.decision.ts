import type { FamilyContactGiven, FamilyContactGivenData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { childCareTimeProblems } from '../child-care-times';

export interface GiveFamilyContact {
  readonly contact: Omit<FamilyContactGivenData, 'personId'>;
  readonly now: Date;
}

/**
 * She could reach her children or whoever looks after them (Bangkok Rule 26: contact with
 * children is to be encouraged and facilitated). The children named must be those she let
 * police record; none named means the contact was about children not on the record.
 */
export function decideGiveFamilyContact(command: GiveFamilyContact, state: ArrestState): FamilyContactGiven[] {
  const c = command.contact;
  if (state.status === 'not-recorded') throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${c.arrestId} is recorded`);
  const unknownChildren = c.childIds.filter((id) => !state.childIds.includes(id));
  if (unknownChildren.length > 0) {
    throw new DomainRuleViolation('CHILD.NOT_ON_RECORD', `children ${unknownChildren.join(', ')} are not recorded on arrest ${c.arrestId}`, {
      childIds: unknownChildren,
    });
  }
  const problems = childCareTimeProblems('contactedAt', c.contactedAt, command.now, state);
  if (problems.length > 0) throw new InvalidInput('FAMILY_CONTACT.INVALID', problems);

  return [{ type: 'FamilyContactGiven', data: { ...c, personId: state.personId } }];
}

export const giveFamilyContact: Decider<GiveFamilyContact, ArrestState, FamilyContactGiven> = {
  initialState: initialArrestState,
  decide: decideGiveFamilyContact,
  evolve: evolveArrest,
};
