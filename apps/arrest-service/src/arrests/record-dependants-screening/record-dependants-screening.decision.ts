import type { DependantsScreeningRecorded, DependantsScreeningRecordedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, partialChildProblems, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';

export interface RecordDependantsScreening {
  readonly screening: Omit<DependantsScreeningRecordedData, 'personId'>;
  readonly now: Date;
}

/**
 * She must never be forced to answer (LICADHO 2015, recommendations to the police): "declined
 * to say" is a complete answer, and without her consent only the number of children is kept.
 */
export function decideRecordDependantsScreening(command: RecordDependantsScreening, state: ArrestState): DependantsScreeningRecorded[] {
  if (state.status === 'not-recorded') {
    throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${command.screening.arrestId} is recorded`);
  }
  const s = command.screening;
  const problems: FieldProblem[] = [];
  const askedAt = Date.parse(s.askedAt);
  if (askedAt > command.now.getTime()) problems.push({ field: 'askedAt', message: 'cannot be in the future' });
  if (askedAt < Date.parse(state.arrestedAt)) problems.push({ field: 'askedAt', message: 'cannot be before the arrest' });

  switch (s.answer) {
    case 'has-dependants':
      if (s.numberOfChildren === null || s.numberOfChildren < 1)
        problems.push({ field: 'numberOfChildren', message: 'at least 1 when she has dependants' });
      break;
    case 'no-dependants':
      if (s.numberOfChildren !== null && s.numberOfChildren !== 0)
        problems.push({ field: 'numberOfChildren', message: 'must be 0 or absent when she has no dependants' });
      break;
    case 'declined-to-say':
      if (s.numberOfChildren !== null) problems.push({ field: 'numberOfChildren', message: 'must be absent when she declined to say' });
      break;
    default: {
      const _exhaustive: never = s.answer;
    }
  }
  if (!s.consentToRecordChildDetails && s.children.length > 0) {
    problems.push({ field: 'children', message: 'without her consent no child details may be recorded, only their number' });
  }
  if (s.consentToRecordChildDetails && s.answer === 'has-dependants' && s.children.length !== s.numberOfChildren) {
    problems.push({ field: 'children', message: `lists ${s.children.length} children but numberOfChildren is ${s.numberOfChildren}` });
  }
  // A child may be known only by an age or a birth year, her name or sex withheld for a stated reason.
  const asOf = { at: state.arrestedAt, bornAfter: 'a child cannot be born after the arrest' };
  s.children.forEach((child, i) => {
    problems.push(...partialChildProblems(child, `children.${i}`, asOf));
    if (s.children.findIndex((c) => c.childId === child.childId) !== i)
      problems.push({ field: `children.${i}.childId`, message: 'is given to another child too' });
  });
  if (problems.length > 0) throw new InvalidInput('SCREENING.INVALID', problems);

  return [{ type: 'DependantsScreeningRecorded', data: { ...s, personId: state.personId } }];
}

export const recordDependantsScreening: Decider<RecordDependantsScreening, ArrestState, DependantsScreeningRecorded> = {
  initialState: initialArrestState,
  decide: decideRecordDependantsScreening,
  evolve: evolveArrest,
};
