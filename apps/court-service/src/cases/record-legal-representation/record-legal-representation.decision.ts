import type { LegalRepresentationRecorded, LegalRepresentationRecordedData } from '@safeguard/contracts';
import { InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { caseTimeProblems } from '../case-times';

export interface RecordLegalRepresentation {
  readonly representation: Omit<LegalRepresentationRecordedData, 'personId'>;
  readonly now: Date;
}

/**
 * Whether she has a lawyer, recorded as it is: most mothers in the field report had none, and
 * "not represented" is the fact the safeguards need to see, not a gap to fill in later.
 */
export function decideRecordLegalRepresentation(command: RecordLegalRepresentation, state: CaseState): LegalRepresentationRecorded[] {
  const { representation, now } = command;
  assertCaseOpen(state, representation.caseId);
  const problems = caseTimeProblems('recordedAt', representation.recordedAt, now, state);
  if (representation.represented && representation.lawyerName === null)
    problems.push({ field: 'lawyerName', message: 'name the lawyer when she is represented' });
  if (!representation.represented && representation.lawyerName !== null)
    problems.push({ field: 'lawyerName', message: 'must be absent when she is not represented' });
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  return [{ type: 'LegalRepresentationRecorded', data: { ...representation, personId: state.personId } }];
}

export const recordLegalRepresentation: Decider<RecordLegalRepresentation, CaseState, LegalRepresentationRecorded> = {
  initialState: initialCaseState,
  decide: decideRecordLegalRepresentation,
  evolve: evolveCase,
};
