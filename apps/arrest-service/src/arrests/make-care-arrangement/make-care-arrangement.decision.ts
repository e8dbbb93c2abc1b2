import type { CareArrangementMade, CareArrangementMadeData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { childCareTimeProblems } from '../child-care-times';

export interface MakeCareArrangement {
  readonly arrangement: Omit<CareArrangementMadeData, 'personId' | 'madeBeforeCustody'>;
  readonly now: Date;
}

/**
 * Who looks after a child while the parent is held: the arrangement the field report found
 * missing. It recommends making it before custody, so whether it was is decided from the
 * record, never taken from the caller.
 */
export function decideMakeCareArrangement(command: MakeCareArrangement, state: ArrestState): CareArrangementMade[] {
  const a = command.arrangement;
  if (state.status === 'not-recorded') throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${a.arrestId} is recorded`);
  if (!state.childIds.includes(a.childId)) {
    throw new DomainRuleViolation('CHILD.NOT_ON_RECORD', `child ${a.childId} is not recorded on arrest ${a.arrestId}`, { childIds: [a.childId] });
  }
  const problems: FieldProblem[] = [...childCareTimeProblems('arrangedAt', a.arrangedAt, command.now, state)];
  if (a.caregiver.relation === 'nobody')
    problems.push({ field: 'caregiver.relation', message: 'an arrangement names who will look after the child' });
  if (a.caregiver.relation === 'older-sibling' && a.caregiver.ageYears === null) {
    problems.push({ field: 'caregiver.ageYears', message: 'give the age of an older sibling left in charge' });
  }
  if (problems.length > 0) throw new InvalidInput('CARE_ARRANGEMENT.INVALID', problems);

  const madeBeforeCustody = state.custodyAt === null || Date.parse(a.arrangedAt) < Date.parse(state.custodyAt);
  return [{ type: 'CareArrangementMade', data: { ...a, personId: state.personId, madeBeforeCustody } }];
}

export const makeCareArrangement: Decider<MakeCareArrangement, ArrestState, CareArrangementMade> = {
  initialState: initialArrestState,
  decide: decideMakeCareArrangement,
  evolve: evolveArrest,
};
