import type { Fact } from '../person-file/person-file';
import type { ContactEntry, ContactSummary } from './family-journey';
import { sourceOf, typed } from './journey-facts';

/** Who the contact is for: the child's references, and whether the police knew of the child at the arrest. */
export interface ContactChild {
  readonly childIds: readonly string[];
  /** A contact at arrest that names no child was about the children the police recorded. */
  readonly recordedByPolice: boolean;
}

/**
 * This child's contact with the parent, if the fact is one. A call counts for the children it
 * names; its cost goes in `fee` because families pay for calls as they pay for visits (LICADHO
 * 2015 found both), but only visits count towards `visitsCharged`: the report asks prisons to
 * "immediately lift all fees for children visiting their mothers".
 */
export function contactEntry(fact: Fact, child: ContactChild): ContactEntry | null {
  const mine = (childId: string) => child.childIds.includes(childId);
  const f = typed(fact);
  const entry = { at: fact.occurredAt, source: sourceOf(fact) };
  switch (f.type) {
    case 'VisitTookPlace':
      return f.data.childIds.some(mine) ? { ...entry, kind: 'visit', setting: f.data.setting, fee: f.data.fee } : null;
    case 'PhoneCallMade':
      return f.data.childIds.some(mine) ? { ...entry, kind: 'call', setting: null, fee: f.data.cost } : null;
    case 'FamilyContactGiven': {
      const aboutChild = f.data.childIds.length === 0 ? child.recordedByPolice : f.data.childIds.some(mine);
      return aboutChild ? { ...entry, kind: 'family-contact-at-arrest', setting: null, fee: null } : null;
    }
    default:
      return null;
  }
}

export function contactSummary(facts: readonly Fact[], child: ContactChild): ContactSummary {
  const entries = facts.flatMap((f) => contactEntry(f, child) ?? []);
  const visits = entries.filter((e) => e.kind === 'visit');
  return {
    visits: visits.length,
    calls: entries.filter((e) => e.kind === 'call').length,
    visitsCharged: visits.filter((v) => v.fee !== null && v.fee.amount > 0).length,
    lastContactAt: entries[entries.length - 1]?.at ?? null,
    entries,
  };
}
