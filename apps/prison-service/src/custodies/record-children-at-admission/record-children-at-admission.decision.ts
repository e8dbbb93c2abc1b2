import type { ChildrenRecordedAtAdmission, ChildrenRecordedAtAdmissionData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, partialChildProblems, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface RecordChildrenAtAdmission {
  readonly record: Omit<ChildrenRecordedAtAdmissionData, 'personId'>;
  readonly now: Date;
}

/**
 * Bangkok Rule 3: the number and details of her children are recorded at admission, and she is
 * never forced to answer. "Declined to say" is a complete answer, and without her consent only
 * the number of children is kept.
 */
export function decideRecordChildrenAtAdmission(command: RecordChildrenAtAdmission, state: CustodyState): ChildrenRecordedAtAdmission[] {
  const { record: r, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${r.custodyId} is admitted`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems: FieldProblem[] = [...custodyTimeProblems('recordedAt', r.recordedAt, now, state), ...answerProblems(r)];
  // The same check as the police screening: a child may be known only by an age or a birth year,
  // her name or sex withheld for a stated reason, never born after the record that lists her.
  const asOf = { at: r.recordedAt, bornAfter: 'a child cannot be born after the record' };
  r.children.forEach((child, i) => {
    problems.push(...partialChildProblems(child, `children.${i}`, asOf));
    if (r.children.findIndex((c) => c.childId === child.childId) !== i)
      problems.push({ field: `children.${i}.childId`, message: 'is given to another child too' });
  });
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'ChildrenRecordedAtAdmission', data: { ...r, personId: state.personId } }];
}

function answerProblems(r: RecordChildrenAtAdmission['record']): FieldProblem[] {
  const problems: FieldProblem[] = [];
  switch (r.answer) {
    case 'has-children':
      if (r.numberOfChildren === null || r.numberOfChildren < 1)
        problems.push({ field: 'numberOfChildren', message: 'at least 1 when she has children' });
      break;
    case 'no-children':
      if (r.numberOfChildren !== null && r.numberOfChildren !== 0)
        problems.push({ field: 'numberOfChildren', message: 'must be 0 or absent when she has no children' });
      break;
    case 'declined-to-say':
      if (r.numberOfChildren !== null) problems.push({ field: 'numberOfChildren', message: 'must be absent when she declined to say' });
      break;
    default: {
      const _exhaustive: never = r.answer;
    }
  }
  if (!r.consentToRecordDetails && r.children.length > 0) {
    problems.push({ field: 'children', message: 'without her consent no child details may be recorded, only their number' });
  } else if (r.answer !== 'has-children' && r.children.length > 0) {
    problems.push({ field: 'children', message: 'must be empty unless she has children' });
  } else if (r.consentToRecordDetails && r.answer === 'has-children' && r.children.length !== r.numberOfChildren) {
    problems.push({ field: 'children', message: `lists ${r.children.length} children but numberOfChildren is ${r.numberOfChildren}` });
  }
  return problems;
}

export const recordChildrenAtAdmission: Decider<RecordChildrenAtAdmission, CustodyState, ChildrenRecordedAtAdmission> = {
  initialState: initialCustodyState,
  decide: decideRecordChildrenAtAdmission,
  evolve: evolveCustody,
};
