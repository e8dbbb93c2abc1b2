import type { ArrestMade, ArrestMadeData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';

export interface RecordArrest {
  readonly details: ArrestMadeData;
  readonly now: Date;
}

export function decideRecordArrest(command: RecordArrest, state: ArrestState): ArrestMade[] {
  if (state.status !== 'not-recorded') {
    throw new DomainRuleViolation('ARREST.ALREADY_RECORDED', `arrest ${command.details.arrestId} is already recorded`);
  }
  const { details, now } = command;
  const problems: FieldProblem[] = [];
  const arrestedAt = Date.parse(details.arrestedAt);
  if (arrestedAt > now.getTime()) problems.push({ field: 'arrestedAt', message: 'an arrest cannot be in the future' });
  const born = details.person.dateOfBirth;
  if (born !== null && Date.parse(born) > arrestedAt) problems.push({ field: 'person.dateOfBirth', message: 'must be before the arrest' });
  if (born === null && details.person.estimatedAgeYears === null) {
    problems.push({ field: 'person.estimatedAgeYears', message: 'give a date of birth or an estimated age' });
  }
  if (problems.length > 0) throw new InvalidInput('ARREST.INVALID', problems);
  return [{ type: 'ArrestMade', data: details }];
}

export const recordArrest: Decider<RecordArrest, ArrestState, ArrestMade> = {
  initialState: initialArrestState,
  decide: decideRecordArrest,
  evolve: evolveArrest,
};
