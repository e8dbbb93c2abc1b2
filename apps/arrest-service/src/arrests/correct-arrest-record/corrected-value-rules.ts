import type { CorrectableArrestField, OffenceClass, Sex } from '@safeguard/contracts';
import type { FieldValue, Recorded } from './arrest-as-recorded';

/** Why a value cannot stand in a field, or null when it can. */
type Check = (value: FieldValue) => string | null;

const text =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.trim().length > 0 && v.length <= max ? null : `must be text of 1 to ${max} characters`;
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : `must be one of ${values.join(', ')}`;
const wholeNumber =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : `must be a whole number from ${min} to ${max}`;
const yesOrNo: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
/** A real day of the calendar: `2026-02-30` is refused, not rolled over into March. */
const calendarDate: Check = (v) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v)
    ? null
    : 'must be a date (YYYY-MM-DD)';
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null ? null : check(v);

const SEXES: readonly Sex[] = ['female', 'male', 'other'];
const OFFENCE_CLASSES: readonly OffenceClass[] = ['felony', 'misdemeanour', 'petty-offence'];

/** A corrected value honours what ArrestMade allows in its field (contracts/events/ArrestMade.v1.schema.json). */
const rules: { readonly [F in CorrectableArrestField]: Check } = {
  'person.name': text(200),
  'person.sex': oneOf(SEXES),
  'person.dateOfBirth': orNull(calendarDate),
  'person.estimatedAgeYears': orNull(wholeNumber(0, 120)),
  'person.nationality': text(100),
  'person.homeAddress': orNull(text(500)),
  'person.homeProvince': text(100),
  'person.nationalId': orNull(text(100)),
  place: text(500),
  province: text(100),
  'suspectedOffence.name': text(200),
  'suspectedOffence.offenceClass': oneOf(OFFENCE_CLASSES),
  'suspectedOffence.maximumPenaltyMonths': wholeNumber(0, 1200),
  'suspectedOffence.violent': yesOrNo,
  'suspectedOffence.drugRelated': yesOrNo,
};

/**
 * Why the corrected value cannot stand, or null when it can: of the field's type, and leaving a
 * record that RecordArrest would have accepted (born before the arrest, a birth date or an age).
 */
export function correctedValueProblem(field: CorrectableArrestField, value: FieldValue, arrest: Recorded): string | null {
  const wrong = rules[field](value);
  if (wrong !== null) return wrong;
  const { values } = arrest;
  if (field === 'person.dateOfBirth' && typeof value === 'string' && Date.parse(value) > Date.parse(arrest.arrestedAt))
    return 'must be before the arrest';
  const ageUnknown =
    (field === 'person.dateOfBirth' && value === null && values['person.estimatedAgeYears'] === null) ||
    (field === 'person.estimatedAgeYears' && value === null && values['person.dateOfBirth'] === null);
  if (ageUnknown) return 'would leave neither a date of birth nor an estimated age';
  return null;
}
