import type { PretrialDetentionExtended, PretrialDetentionExtendedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { addMonths, caseTimeProblems } from '../case-times';

export interface ExtendPretrialDetention {
  readonly extension: Omit<PretrialDetentionExtendedData, 'personId' | 'until'>;
  readonly now: Date;
}

/**
 * The judge extends the detention term; the new end is decided here from the current one, so
 * the caller cannot state an end that does not follow from the order and its extensions.
 */
export function decideExtendPretrialDetention(command: ExtendPretrialDetention, state: CaseState): PretrialDetentionExtended[] {
  const { extension, now } = command;
  switch (state.status) {
    case 'no-case':
      throw new DomainRuleViolation('CASE.UNKNOWN', `no case ${extension.caseId} is opened`);
    case 'closed':
      throw new DomainRuleViolation('CASE.CLOSED', `the case was closed at ${state.closedAt}`);
    case 'open':
      if (state.verdict !== null) throw new DomainRuleViolation('CASE.ALREADY_JUDGED', `the verdict was delivered at ${state.verdict.deliveredAt}`);
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const { pretrial } = state;
  if (pretrial === null || pretrial.outcome !== 'detention') {
    throw new DomainRuleViolation('CASE.NOT_IN_PRETRIAL_DETENTION', 'no pretrial detention was ordered, so there is none to extend');
  }
  if (pretrial.detentionUntil === null) throw new DomainRuleViolation('CASE.DETENTION_TERM_UNKNOWN', 'the detention order gives no term to extend');
  const problems = caseTimeProblems('extendedAt', extension.extendedAt, now, state);
  if (problems.length === 0 && Date.parse(extension.extendedAt) < Date.parse(pretrial.decidedAt))
    problems.push({ field: 'extendedAt', message: 'cannot be before the detention was ordered' });
  if (problems.length > 0) throw new InvalidInput('CASE.INVALID', problems);
  const until = addMonths(pretrial.detentionUntil, extension.additionalMonths);
  return [{ type: 'PretrialDetentionExtended', data: { ...extension, personId: state.personId, until } }];
}

export const extendPretrialDetention: Decider<ExtendPretrialDetention, CaseState, PretrialDetentionExtended> = {
  initialState: initialCaseState,
  decide: decideExtendPretrialDetention,
  evolve: evolveCase,
};
