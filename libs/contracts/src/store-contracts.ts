import { catalogueEntry, type PublicEvent } from './catalogue';
import type { EventEnvelope } from './envelope';
import { eventSchemas } from './schemas';
import { upcastEnvelope } from './upcasting/upcast';

/**
 * The catalogue, the JSON Schema validator and the upcasters in the shape the event store takes
 * them as options (`EventStoreOptions.contracts`), so the store needs neither this library nor the
 * `contracts/` folder on disk. The schemas are compiled on the first event checked.
 */
export const storeContracts = {
  placementOf(event: PublicEvent) {
    const entry = catalogueEntry(event);
    return {
      topic: entry.topic,
      schemaVersion: entry.schemaVersion,
      subject: entry.subjectOf(event.data),
      occurredAt: entry.occurredAtOf(event.data),
    };
  },
  problems: (type: string, version: number, data: unknown) => eventSchemas().problems(type, version, data),
  upcast: (envelope: EventEnvelope): EventEnvelope => upcastEnvelope(envelope),
};
