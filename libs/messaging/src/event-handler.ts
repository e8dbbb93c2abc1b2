import { eventSchemas, type EventEnvelope } from '@safeguard/contracts';
import { PermanentFailure } from './failures';

/**
 * What a consumer does with one event. It must be idempotent in effect: deduplicate by
 * `eventId` in the same transaction as its state change (see `Inbox`).
 */
export type EventHandler = (envelope: EventEnvelope) => Promise<void>;

/** A message whose data breaks its published schema can never be applied. */
export function assertHonoursSchema(envelope: EventEnvelope): void {
  const schemas = eventSchemas();
  if (!schemas.has(envelope.type, envelope.schemaVersion)) return;
  const problems = schemas.problems(envelope.type, envelope.schemaVersion, envelope.data);
  if (problems.length > 0) {
    throw new PermanentFailure(`${envelope.type} v${envelope.schemaVersion} breaks its schema: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  }
}
