import { emptyArrestWatch, evolveArrestWatch, type ArrestWatch, type ArrestWatchFact } from '../../apps/child-welfare-service/src/safeguards/arrest-watch';

/** Each kind of fact keeps one event id whatever order it arrives in, as a redelivery would. */
export const factEventIds: Record<ArrestWatchFact['type'], string> = {
  ArrestMade: '00000000-0000-4000-8000-000000000001',
  DependantsScreeningRecorded: '00000000-0000-4000-8000-000000000002',
  CareArrangementMade: '00000000-0000-4000-8000-000000000003',
  TakenIntoPoliceCustody: '00000000-0000-4000-8000-000000000004',
  FamilyContactGiven: '00000000-0000-4000-8000-000000000005',
};

/** The watch the child-welfare service would hold after these facts, in this order. */
export function watchOf(arrestId: string, ...facts: Omit<ArrestWatchFact, 'eventId'>[]): ArrestWatch {
  return facts.reduce((w, f) => evolveArrestWatch(w, { ...f, eventId: factEventIds[f.type] } as ArrestWatchFact), emptyArrestWatch(arrestId));
}
