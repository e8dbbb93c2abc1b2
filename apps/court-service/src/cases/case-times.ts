import type { FieldProblem } from '@safeguard/domain';
import type { CaseFacts } from './case.state';

/**
 * When a court step happened, as the registry reports it: already happened (`now` comes on the
 * command) and not before the case was opened. Detention terms and the children's safeguards
 * are measured from these times, so an impossible one is refused rather than stored.
 */
export function caseTimeProblems(field: string, at: string, now: Date, theCase: CaseFacts): FieldProblem[] {
  if (Date.parse(at) > now.getTime()) return [{ field, message: 'cannot be in the future' }];
  return notBeforeOpeningProblems(field, at, theCase);
}

/** A time that may lie ahead (a hearing date) but never before the case it belongs to. */
export function notBeforeOpeningProblems(field: string, at: string, theCase: CaseFacts): FieldProblem[] {
  if (Date.parse(at) < Date.parse(theCase.openedAt)) return [{ field, message: 'cannot be before the case was opened' }];
  return [];
}

/** Calendar months after a time, counted as the case state counts a detention term (`evolveCase`). */
export { addMonths } from './case.state';
