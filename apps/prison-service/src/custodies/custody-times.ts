import type { FieldProblem } from '@safeguard/domain';
import type { AdmittedCustody } from './custody.state';

/**
 * When something happened in a custody, as prison software reports it: already happened (`now`
 * comes on the command) and not before the admission. Safeguard deadlines are measured from
 * these times, so an impossible one is refused rather than stored.
 */
export function custodyTimeProblems(field: string, at: string, now: Date, custody: AdmittedCustody): FieldProblem[] {
  if (Date.parse(at) > now.getTime()) return [{ field, message: 'cannot be in the future' }];
  return notBeforeAdmissionProblems(field, at, custody);
}

/** A time that may lie ahead (a release day scheduled) but not before the admission. */
export function notBeforeAdmissionProblems(field: string, at: string, custody: AdmittedCustody): FieldProblem[] {
  if (Date.parse(at) < Date.parse(custody.admittedAt)) return [{ field, message: 'cannot be before the admission' }];
  return [];
}
