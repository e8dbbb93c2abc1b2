/**
 * The child-welfare service's public view of a child's journey (topic
 * `justice.child-welfare.child-journeys.v1`), schema version 1. It carries references and stages,
 * never names or addresses: children's personal details stay in the child-welfare service.
 */
import type { DomainEvent } from '../envelope';
import type { ChildJourneyChangedDataV1 } from '../generated/event-data';

/** A child's journey changed: a new stage, place, contact or key date, or a merge with another record. */
export type ChildJourneyChangedData = ChildJourneyChangedDataV1;
export type JourneyKeyDate = ChildJourneyChangedData['keyDates'][number];
export type ChildJourneyChanged = DomainEvent<'ChildJourneyChanged', ChildJourneyChangedData>;

export type ChildJourneyEvent = ChildJourneyChanged;
