import { storeContracts } from '@safeguard/contracts';
import type { EventContracts } from './event-contracts';

/**
 * The one place the event store still reaches `@safeguard/contracts` at run time: for a store
 * constructed without `contracts` (the embedded agency-log readers in the child-welfare inbox, and
 * the messaging int tests). Every service's own store gets its contracts from `PersistenceModule`.
 * Delete this file once those constructions pass `storeContracts` themselves; dependency-cruiser's
 * `event-store-is-given-its-contracts` rule lets no other file of the event store import them.
 */
export const fallbackContracts: EventContracts = storeContracts;
