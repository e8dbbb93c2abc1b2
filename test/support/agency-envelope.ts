import { randomUUID } from 'node:crypto';
import { catalogueEntry, type Actor, type EventEnvelope, type PublicEvent } from '@safeguard/contracts';

/**
 * An event as an agency's system would deliver it, outside any service's store: its subject and
 * fact time from the catalogue, a fresh id, and the recording system named by `source` and `actor`.
 */
export function agencyEnvelopeOf(event: PublicEvent, from: { source: string; actor: Actor; streamId?: string }): EventEnvelope {
  const entry = catalogueEntry(event);
  const occurredAt = entry.occurredAtOf(event.data);
  return {
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: entry.schemaVersion,
    streamId: from.streamId ?? `external-${randomUUID()}`,
    streamPosition: 1,
    globalPosition: '0',
    subject: entry.subjectOf(event.data),
    occurredAt,
    recordedAt: occurredAt,
    correlationId: randomUUID(),
    causationId: null,
    actor: from.actor,
    source: from.source,
    data: event.data,
  };
}
