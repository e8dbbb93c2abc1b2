import type { CaseFileHandedToProsecutor, CaseFileHandedToProsecutorData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { custodyTimeProblems, theArrest } from '../custody-times';

export interface HandCaseFileToProsecutor {
  readonly handover: Omit<CaseFileHandedToProsecutorData, 'personId'>;
  readonly now: Date;
}

/** The police's part of the case ends: the court service finds the arrest by its case reference from here on. */
export function decideHandCaseFileToProsecutor(command: HandCaseFileToProsecutor, state: ArrestState): CaseFileHandedToProsecutor[] {
  const { handover, now } = command;
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${handover.arrestId} is recorded`);
    case 'arrested':
    case 'in-police-custody':
    case 'released':
    case 'transferred-to-prison':
      // Wherever she is, the file goes to the prosecutor: someone released on bail can still be charged.
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  if (state.caseFileHandedAt !== null) {
    throw new DomainRuleViolation(
      'CUSTODY.CASE_FILE_ALREADY_HANDED',
      `the case file was already handed to the prosecutor at ${state.caseFileHandedAt}`,
    );
  }
  const problems = custodyTimeProblems('handedAt', handover.handedAt, now, theArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'CaseFileHandedToProsecutor', data: { ...handover, personId: state.personId } }];
}

export const handCaseFileToProsecutor: Decider<HandCaseFileToProsecutor, ArrestState, CaseFileHandedToProsecutor> = {
  initialState: initialArrestState,
  decide: decideHandCaseFileToProsecutor,
  evolve: evolveArrest,
};
