import type {
  ArrestMadeData,
  CareArrangementMadeData,
  DependantsScreeningRecordedData,
  FamilyContactGivenData,
  TakenIntoPoliceCustodyData,
} from '@safeguard/contracts';
import type { PersonFile } from '../person-file/person-file';

/**
 * What the child-welfare service knows of one arrest, for the arrest safeguards. Either fact
 * may arrive first (or twice), so the watch is the union of what arrived, and every rule reads
 * the whole watch rather than the last event: the same facts give the same decision in any order.
 */
export interface ArrestWatch {
  readonly arrestId: string;
  readonly arrest: { readonly eventId: string; readonly data: ArrestMadeData } | null;
  /** The first time she was asked: the one that counts for the deadline. */
  readonly screening: { readonly eventId: string; readonly data: DependantsScreeningRecordedData } | null;
  /** Every care arrangement made for a child, in any order. */
  readonly careArrangements: readonly { readonly eventId: string; readonly data: CareArrangementMadeData }[];
  /** When she was taken into police custody, once she was. */
  readonly custody: { readonly eventId: string; readonly data: TakenIntoPoliceCustodyData } | null;
  /** Every time she could reach her children or their caregiver, in any order. */
  readonly familyContacts: readonly { readonly eventId: string; readonly data: FamilyContactGivenData }[];
}

export function emptyArrestWatch(arrestId: string): ArrestWatch {
  return { arrestId, arrest: null, screening: null, careArrangements: [], custody: null, familyContacts: [] };
}

export type ArrestWatchFact =
  | { readonly type: 'ArrestMade'; readonly eventId: string; readonly data: ArrestMadeData }
  | { readonly type: 'DependantsScreeningRecorded'; readonly eventId: string; readonly data: DependantsScreeningRecordedData }
  | { readonly type: 'CareArrangementMade'; readonly eventId: string; readonly data: CareArrangementMadeData }
  | { readonly type: 'TakenIntoPoliceCustody'; readonly eventId: string; readonly data: TakenIntoPoliceCustodyData }
  | { readonly type: 'FamilyContactGiven'; readonly eventId: string; readonly data: FamilyContactGivenData };

export function evolveArrestWatch(watch: ArrestWatch, fact: ArrestWatchFact): ArrestWatch {
  switch (fact.type) {
    case 'ArrestMade':
      return { ...watch, arrest: { eventId: fact.eventId, data: fact.data } };
    case 'DependantsScreeningRecorded': {
      const earlier = watch.screening && Date.parse(watch.screening.data.askedAt) <= Date.parse(fact.data.askedAt);
      return earlier ? watch : { ...watch, screening: { eventId: fact.eventId, data: fact.data } };
    }
    case 'CareArrangementMade':
      return watch.careArrangements.some((c) => c.eventId === fact.eventId)
        ? watch
        : { ...watch, careArrangements: [...watch.careArrangements, { eventId: fact.eventId, data: fact.data }] };
    case 'TakenIntoPoliceCustody':
      return { ...watch, custody: { eventId: fact.eventId, data: fact.data } };
    case 'FamilyContactGiven':
      return watch.familyContacts.some((c) => c.eventId === fact.eventId)
        ? watch
        : { ...watch, familyContacts: [...watch.familyContacts, { eventId: fact.eventId, data: fact.data }] };
    default: {
      const _exhaustive: never = fact;
      return watch;
    }
  }
}

const WATCHED: ReadonlySet<string> = new Set<ArrestWatchFact['type']>(['ArrestMade', 'DependantsScreeningRecorded', 'CareArrangementMade', 'TakenIntoPoliceCustody', 'FamilyContactGiven']);

/** One watch per arrest in a person's file. */
export function arrestWatchesOf(file: PersonFile): ArrestWatch[] {
  const watches = new Map<string, ArrestWatch>();
  for (const fact of file.facts) {
    if (!WATCHED.has(fact.type)) continue;
    const arrestId = (fact.data as { arrestId: string }).arrestId;
    const watch = watches.get(arrestId) ?? emptyArrestWatch(arrestId);
    watches.set(arrestId, evolveArrestWatch(watch, { type: fact.type, eventId: fact.eventId, data: fact.data } as ArrestWatchFact));
  }
  return [...watches.values()];
}
