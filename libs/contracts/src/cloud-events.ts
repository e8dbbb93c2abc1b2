import type { Actor } from './agencies';
import type { EventEnvelope } from './envelope';

/**
 * CloudEvents 1.0, Kafka protocol binding, binary content mode: the event data is the message
 * value and every other attribute is a `ce_<name>` header. Extension attribute names must be
 * lower-case alphanumerics, hence `schemaversion`, `correlationid` and so on.
 */
export interface KafkaMessageParts {
  readonly key: string;
  readonly value: string;
  readonly headers: Record<string, string>;
}

export const CLOUDEVENTS_SPEC_VERSION = '1.0';

export function toCloudEventMessage(envelope: EventEnvelope): KafkaMessageParts {
  const headers: Record<string, string> = {
    ce_specversion: CLOUDEVENTS_SPEC_VERSION,
    ce_id: envelope.eventId,
    ce_type: envelope.type,
    ce_source: envelope.source,
    ce_subject: envelope.subject,
    ce_time: envelope.occurredAt,
    ce_dataschema: dataSchemaUri(envelope.type, envelope.schemaVersion),
    'content-type': 'application/json',
    ce_schemaversion: String(envelope.schemaVersion),
    ce_recordedtime: envelope.recordedAt,
    ce_streamid: envelope.streamId,
    ce_streamposition: String(envelope.streamPosition),
    ce_globalposition: envelope.globalPosition,
    ce_correlationid: envelope.correlationId,
    ce_actoragency: envelope.actor.agency,
    ce_actorrole: envelope.actor.role,
    ce_actorunit: envelope.actor.unitId,
    ce_actoruser: envelope.actor.userId,
  };
  if (envelope.causationId) headers.ce_causationid = envelope.causationId;
  return { key: envelope.subject, value: JSON.stringify(envelope.data), headers };
}

export class MalformedCloudEvent extends Error {}

/** The inverse of `toCloudEventMessage`; throws `MalformedCloudEvent` for anything it cannot read. */
export function fromCloudEventMessage(headers: Record<string, string | undefined>, value: string | null): EventEnvelope {
  const required = (name: string): string => {
    const v = headers[name];
    if (v === undefined || v === '') throw new MalformedCloudEvent(`missing header ${name}`);
    return v;
  };
  if (required('ce_specversion') !== CLOUDEVENTS_SPEC_VERSION) {
    throw new MalformedCloudEvent(`unsupported ce_specversion ${headers.ce_specversion}`);
  }
  if (value === null) throw new MalformedCloudEvent('message has no value');
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    throw new MalformedCloudEvent('value is not JSON');
  }
  const schemaVersion = Number(required('ce_schemaversion'));
  if (!Number.isInteger(schemaVersion)) throw new MalformedCloudEvent('ce_schemaversion is not an integer');
  const actor = {
    agency: required('ce_actoragency'),
    role: required('ce_actorrole'),
    unitId: required('ce_actorunit'),
    userId: required('ce_actoruser'),
  } as Actor;
  return {
    eventId: required('ce_id'),
    type: required('ce_type'),
    schemaVersion,
    source: required('ce_source'),
    subject: required('ce_subject'),
    occurredAt: required('ce_time'),
    recordedAt: required('ce_recordedtime'),
    streamId: required('ce_streamid'),
    streamPosition: Number(required('ce_streamposition')),
    globalPosition: required('ce_globalposition'),
    correlationId: required('ce_correlationid'),
    causationId: headers.ce_causationid ?? null,
    actor,
    data,
  };
}

export function dataSchemaUri(type: string, version: number): string {
  return `urn:safeguard:contracts:events:${type}:v${version}`;
}
