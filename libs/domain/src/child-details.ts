import type { FieldProblem } from './errors';

/** What police and prisons may know of a child's identity: any of it may be missing. */
export interface PartialChildDetails {
  readonly name: string | null;
  readonly sex: string | null;
  readonly detailsWithheld: string | null;
  readonly dateOfBirth: string | null;
  readonly birthYear: number | null;
  readonly ageYears: number | null;
}

/** The time the record speaks of (the arrest, the admission record) and how a message names it. */
export interface RecordedAsOf {
  readonly at: string;
  /** Said when a child is born after it: 'a child cannot be born after the arrest'. */
  readonly bornAfter: string;
}

/**
 * A child as an agency records her when the parent gives only some details (LICADHO 2015: the
 * police often wrote only how many children and their ages). A missing name or sex is honest
 * only with the reason it is missing, so an invented one is never needed; the child must still
 * have an age in some form (a date of birth, a birth year or an age), or no safeguard that
 * depends on her age could be judged. Problems are named under `field` (`children.0`).
 */
export function partialChildProblems(child: PartialChildDetails, field: string, asOf: RecordedAsOf): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const identityMissing = child.name === null || child.sex === null;
  if (identityMissing && child.detailsWithheld === null)
    problems.push({ field: `${field}.detailsWithheld`, message: 'say why the name or sex is not recorded' });
  if (!identityMissing && child.detailsWithheld !== null)
    problems.push({ field: `${field}.detailsWithheld`, message: 'must be absent when both name and sex are recorded' });

  const yearOfRecord = new Date(asOf.at).getUTCFullYear();
  if (child.dateOfBirth === null && child.birthYear === null && child.ageYears === null) {
    problems.push({ field: `${field}.ageYears`, message: 'give a date of birth, a birth year or an age' });
  }
  if (child.dateOfBirth !== null && Date.parse(child.dateOfBirth) > Date.parse(asOf.at))
    problems.push({ field: `${field}.dateOfBirth`, message: asOf.bornAfter });
  if (child.birthYear !== null) {
    if (child.birthYear > yearOfRecord) problems.push({ field: `${field}.birthYear`, message: asOf.bornAfter });
    else if (child.dateOfBirth !== null && Number(child.dateOfBirth.slice(0, 4)) !== child.birthYear)
      problems.push({ field: `${field}.birthYear`, message: 'does not match dateOfBirth' });
    // Born in 2019, she is 6 or 7 during 2026: any other age contradicts the year.
    else if (child.ageYears !== null && ![yearOfRecord - child.birthYear, yearOfRecord - child.birthYear - 1].includes(child.ageYears)) {
      problems.push({ field: `${field}.ageYears`, message: `does not match birthYear ${child.birthYear}` });
    }
  }
  return problems;
}
