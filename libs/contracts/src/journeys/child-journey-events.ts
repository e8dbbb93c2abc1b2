/**
 * The child-welfare service's public view of a child's journey (topic
 * `justice.child-welfare.child-journeys.v1`), schema version 1. It carries references and stages,
 * never names or addresses: children's personal details stay in the child-welfare service.
 */
import type { DomainEvent } from '../envelope';

export interface JourneyKeyDate {
  readonly kind: 'hearing' | 'transfer' | 'medical' | 'release';
  readonly at: string;
  readonly familyTold: boolean;
}

/** A child's journey changed: a new stage, place, contact or key date, or a merge with another record. */
export interface ChildJourneyChangedData {
  readonly childKey: string;
  readonly personId: string;
  /** Every agency reference matched to this child. */
  readonly childIds: readonly string[];
  /** The parent's legal stage as the child lives it. */
  readonly stage: string | null;
  readonly stageSince: string | null;
  readonly locationType: string | null;
  readonly locationSince: string | null;
  readonly facilityId: string | null;
  readonly province: string | null;
  readonly recordedBy: readonly ('police' | 'court' | 'prison')[];
  readonly lastContactAt: string | null;
  readonly reviewFlags: number;
  readonly keyDates: readonly JourneyKeyDate[];
  /** Set when this record turned out to be the same child as another: follow that key from now on. */
  readonly supersededBy: string | null;
  /** Event time of the latest fact the journey rests on. */
  readonly changedAt: string;
}
export type ChildJourneyChanged = DomainEvent<'ChildJourneyChanged', ChildJourneyChangedData>;

export type ChildJourneyEvent = ChildJourneyChanged;
