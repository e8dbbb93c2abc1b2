import type { SentenceImposed, SentenceImposedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveCase, initialCaseState, type CaseState } from '../case.state';
import { assertCaseOpen } from '../open-case-guard';
import { caseTimeProblems } from '../case-times';

export interface ImposeSentence {
  readonly sentence: Omit<SentenceImposedData, 'personId'>;
  readonly now: Date;
}

/**
 * A sentence follows a conviction, once. The suspended part is a part of the custodial term, and
 * a deferred start (Bangkok Rule 2(2): time to arrange the children's care) lies after sentencing.
 * When the term counts from and the days already held it credits are the judgment's to say, and
 * only of a prison term: she is held past her sentence when either is ignored (rule 15). A term
 * counts from the judgment or earlier (her arrest, her remand), or from its deferred start; left
 * unsaid, each is recorded as not stated (null), never guessed.
 */
export function decideImposeSentence(command: ImposeSentence, state: CaseState): SentenceImposed[] {
  const { sentence, now } = command;
  assertCaseOpen(state, sentence.caseId);
  const { verdict } = state;
  if (verdict === null || verdict.convictedChargeIds.length === 0) {
    throw new DomainRuleViolation(
      'SENTENCE.WITHOUT_CONVICTION',
      verdict === null ? 'no verdict has been delivered' : 'she was acquitted of every charge',
    );
  }
  if (state.sentence !== null) throw new DomainRuleViolation('SENTENCE.ALREADY_IMPOSED', `a sentence was imposed at ${state.sentence.imposedAt}`);

  const problems: FieldProblem[] = caseTimeProblems('imposedAt', sentence.imposedAt, now, state);
  if (problems.length === 0 && Date.parse(sentence.imposedAt) < Date.parse(verdict.deliveredAt))
    problems.push({ field: 'imposedAt', message: 'cannot be before the verdict' });
  if (sentence.suspendedMonths > sentence.custodialMonths)
    problems.push({ field: 'suspendedMonths', message: 'cannot be longer than custodialMonths' });
  if (sentence.startDeferredUntil !== null && Date.parse(sentence.startDeferredUntil) < Date.parse(sentence.imposedAt)) {
    problems.push({ field: 'startDeferredUntil', message: 'cannot be before imposedAt' });
  }
  problems.push(...termStartProblems(sentence));
  if (problems.length > 0) throw new InvalidInput('SENTENCE.INVALID', problems);
  return [{ type: 'SentenceImposed', data: { ...sentence, personId: state.personId } }];
}

function termStartProblems(sentence: ImposeSentence['sentence']): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (sentence.custodialMonths === 0) {
    if (sentence.custodyStartsAt !== null) problems.push({ field: 'custodyStartsAt', message: 'must be absent without a prison term' });
    if (sentence.creditedDays !== null) problems.push({ field: 'creditedDays', message: 'must be absent without a prison term' });
    return problems;
  }
  if (sentence.custodyStartsAt !== null) {
    const latest = sentence.startDeferredUntil ?? sentence.imposedAt;
    if (Date.parse(sentence.custodyStartsAt) > Date.parse(latest)) {
      problems.push({
        field: 'custodyStartsAt',
        message:
          sentence.startDeferredUntil === null ? 'cannot be after imposedAt when the start is not deferred' : 'cannot be after startDeferredUntil',
      });
    }
  }
  return problems;
}

export const imposeSentence: Decider<ImposeSentence, CaseState, SentenceImposed> = {
  initialState: initialCaseState,
  decide: decideImposeSentence,
  evolve: evolveCase,
};
