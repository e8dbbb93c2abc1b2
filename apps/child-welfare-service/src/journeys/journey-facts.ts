import type { AgencyEventType, Fact, FactOf } from '../person-file/person-file';
import type { Source } from './family-journey';

/**
 * A fact whose `type` narrows its `data`: the person file keeps facts as one record type, so the
 * journey code switches on this union instead (one cast, here, rather than one per reader).
 */
export type AnyFact = { [T in AgencyEventType]: FactOf<T> }[AgencyEventType];

export function typed(fact: Fact): AnyFact {
  return fact as AnyFact;
}

export function sourceOf(fact: Fact): Source {
  return { agency: fact.agency, eventId: fact.eventId, eventType: fact.type };
}

/** Every child reference a fact carries, in the order the fact gives them. */
export function childIdsIn(fact: Fact): readonly string[] {
  const f = typed(fact);
  switch (f.type) {
    case 'DependantsScreeningRecorded':
    case 'ChildrenRecordedAtAdmission':
      return f.data.children.map((c) => c.childId);
    case 'CareArrangementMade':
    case 'ChildGivenExplanation':
    case 'ChildAdmittedWithParent':
    case 'ChildBornInCustody':
    case 'ChildAssessed':
    case 'ChildLeftPrison':
      return [f.data.childId];
    case 'FamilyContactGiven':
    case 'PhoneCallMade':
    case 'VisitTookPlace':
      return f.data.childIds;
    case 'ChildMedicalEventRecorded':
    case 'ParentToldOfChildMedicalEvent':
      return [f.data.childId];
    case 'MedicalEventRecorded':
      return f.data.childId === null ? [] : [f.data.childId];
    default:
      return [];
  }
}

/** Whole years from one instant to another (a date of birth to a record's time). */
export function yearsBetween(fromIso: string, toIso: string): number {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  const beforeBirthday = to.getUTCMonth() < from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  return to.getUTCFullYear() - from.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

/** Whole calendar months from one instant to another (a baby's date of birth to a record's time). */
export function monthsBetween(fromIso: string, toIso: string): number {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return Math.max(0, to.getUTCDate() < from.getUTCDate() ? months - 1 : months);
}

/** Elapsed years as a fraction, for comparing an age recorded at one time with one recorded later. */
export function fractionalYearsBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / (365.25 * 24 * 60 * 60_000);
}
