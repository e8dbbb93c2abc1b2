import { eventSchemas, type EventEnvelope } from '@safeguard/contracts';
import { PermanentFailure } from './failures';

/**
 * What a consumer does with one event. It must be idempotent in effect: deduplicate by
 * `eventId` in the same transaction as its state change (see `Inbox`).
 */
export type EventHandler = (envelope: EventEnvelope) => Promise<void>;

/**
 * What a consumer does with several events in one go, in the order given (one partition's, or one
 * log's): all or nothing, in one transaction, with the same dedupe as `EventHandler`. A batch
 * that fails for any reason but an outage is applied again one event at a time, so a poison
 * message is found and moved aside alone.
 */
export type BatchEventHandler = (envelopes: readonly EventEnvelope[]) => Promise<void>;

/** A message whose data breaks its published schema can never be applied. */
export function assertHonoursSchema(envelope: EventEnvelope): void {
  const schemas = eventSchemas();
  if (!schemas.has(envelope.type, envelope.schemaVersion)) return;
  const problems = schemas.problems(envelope.type, envelope.schemaVersion, envelope.data);
  if (problems.length > 0) {
    throw new PermanentFailure(
      `${envelope.type} v${envelope.schemaVersion} breaks its schema: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  }
}
