import type { ClemencyGranted, ClemencyGrantedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { caseTimeProblems } from '../case-times';

export interface GrantClemency {
  /** `effectiveAt` is null when the grant does not name a later date: it then takes effect when granted. */
  readonly clemency: Omit<ClemencyGrantedData, 'personId' | 'effectiveAt'> & { readonly effectiveAt: string | null };
  readonly now: Date;
}

/** A reduction says how many months it takes off, so her release date can be counted again; a pardon or amnesty takes off the rest. */
function kindProblems(c: GrantClemency['clemency']): FieldProblem[] {
  switch (c.kind) {
    case 'sentence-reduction':
      return c.reductionMonths === null || c.reductionMonths < 1
        ? [{ field: 'reductionMonths', message: 'a sentence reduction needs at least 1 month' }]
        : [];
    case 'pardon':
    case 'amnesty':
      return c.reductionMonths !== null ? [{ field: 'reductionMonths', message: `must be absent for ${c.kind}` }] : [];
    default: {
      const _exhaustive: never = c.kind;
      return [];
    }
  }
}

/**
 * A pardon, an amnesty or a reduction, granted once a sentence stands. It may take effect later
 * than it was granted (an amnesty for a national holiday), never earlier: her release is owed from
 * when it takes effect (rule 15), and a grant that names no date takes effect when granted.
 */
export function decideGrantClemency(command: GrantClemency, state: CaseState): ClemencyGranted[] {
  const { clemency, now } = command;
  assertCaseOpen(state, clemency.caseId);
  const { sentence } = state;
  if (sentence === null) throw new DomainRuleViolation('CLEMENCY.NO_SENTENCE', 'no sentence has been imposed');

  const problems = caseTimeProblems('grantedAt', clemency.grantedAt, now, state);
  if (problems.length === 0 && Date.parse(clemency.grantedAt) < Date.parse(sentence.imposedAt))
    problems.push({ field: 'grantedAt', message: 'cannot be before the sentence' });
  if (clemency.effectiveAt !== null && Date.parse(clemency.effectiveAt) < Date.parse(clemency.grantedAt))
    problems.push({ field: 'effectiveAt', message: 'cannot be before grantedAt' });
  problems.push(...kindProblems(clemency));
  if (problems.length > 0) throw new InvalidInput('CLEMENCY.INVALID', problems);
  return [{ type: 'ClemencyGranted', data: { ...clemency, personId: state.personId, effectiveAt: clemency.effectiveAt ?? clemency.grantedAt } }];
}

export const grantClemency: Decider<GrantClemency, CaseState, ClemencyGranted> = {
  initialState: initialCaseState,
  decide: decideGrantClemency,
  evolve: evolveCase,
};
