import type { Actor } from './agencies';

/**
 * A stored or delivered event: the fact itself (`data`) plus what the store knows about it.
 * `occurredAt` is when the fact happened in the world (the arrest, the question asked);
 * `recordedAt` is when the store accepted it. They differ whenever police enter a record late,
 * and safeguard deadlines run on `occurredAt`.
 */
export interface EventEnvelope<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamPosition: number;
  readonly globalPosition: string;
  /** The person the event concerns: the Kafka message key, so one person's events stay in order. */
  readonly subject: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly actor: Actor;
  /** The service that recorded it (CloudEvents `source`). */
  readonly source: string;
  readonly data: Data;
}

/** What a decision returns: a fact with its type and data, before the store gives it an identity. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}
