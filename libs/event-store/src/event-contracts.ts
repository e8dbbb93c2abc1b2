import type { EventEnvelope, PublicEvent } from '@safeguard/contracts';

/** Where the catalogue places an event: its topic, current schema version, subject and fact time. */
export interface EventPlacement {
  readonly topic: string;
  readonly schemaVersion: number;
  /** The person the fact concerns (the message key). */
  readonly subject: string;
  /** When the fact happened in the world, as its data names it. */
  readonly occurredAt: string;
}

/**
 * What the store needs of the published contracts, given by whoever composes it
 * (`PersistenceModule`, from `@safeguard/contracts`' `storeContracts`), so the store itself knows
 * neither the event catalogue nor where the JSON Schemas lie on disk.
 */
export interface EventContracts {
  placementOf(event: PublicEvent): EventPlacement;
  /** What is wrong with `data` against the type's JSON Schema at `version`: empty when it honours it. */
  problems(type: string, version: number, data: unknown): readonly { readonly path: string; readonly message: string }[];
  /** A stored envelope brought to the catalogue's current schema version (unchanged when it is already there). */
  upcast(envelope: EventEnvelope): EventEnvelope;
}
