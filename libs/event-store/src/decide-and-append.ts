import type { EventEnvelope, PublicEvent } from '@safeguard/contracts';
import { fold, VersionConflict, type Decider } from '@safeguard/domain';
import type { Sql } from './database';
import type { AppendMetadata, EventStore } from './event-store';

export interface DecisionResult<State> {
  readonly state: State;
  /** The stream's version after the append: what a client sends back as `If-Match`. */
  readonly version: number;
  readonly appended: readonly EventEnvelope[];
}

export interface DecideRequest<Command, State, Event extends PublicEvent> {
  readonly streamId: string;
  readonly decider: Decider<Command, State, Event>;
  readonly command: Command;
  readonly metadata: AppendMetadata;
  /** The version the client last read (`If-Match`); when absent, the version just loaded. */
  readonly expectedVersion?: number;
}

export interface DecideAndAppendRequest<Command, State, Event extends PublicEvent> extends DecideRequest<Command, State, Event> {
  /** Further writes that must commit with the events (a read model, an idempotency record). */
  readonly alsoInTransaction?: (sql: Sql, result: DecisionResult<State>) => Promise<void>;
}

/**
 * The one write path of every use case: load the stream, rebuild the state from its events,
 * decide, append at the loaded version, in a transaction of its own. A concurrent writer makes
 * the append fail with `VersionConflict`, and nothing is stored.
 */
export async function decideAndAppend<Command, State, Event extends PublicEvent>(
  store: EventStore,
  request: DecideAndAppendRequest<Command, State, Event>,
): Promise<DecisionResult<State>> {
  return store.db.transaction(async (sql) => {
    const result = await decideAndAppendIn(store, sql, request);
    await request.alsoInTransaction?.(sql, result);
    return result;
  });
}

/**
 * The same load → fold → decide → append on the caller's transaction, for a writer that must
 * commit the decision with writes of its own (the safeguard rules' inbox: the dedupe mark, the
 * person's file, other streams). A decision that yields no events costs the stream read only.
 */
export async function decideAndAppendIn<Command, State, Event extends PublicEvent>(
  store: EventStore,
  sql: Sql,
  request: DecideRequest<Command, State, Event>,
): Promise<DecisionResult<State>> {
  const { decider, streamId } = request;
  const stream = await store.readStream(streamId, sql);
  if (request.expectedVersion !== undefined && request.expectedVersion !== stream.version) {
    throw new VersionConflict('STREAM.VERSION_CONFLICT', `${streamId} is at version ${stream.version}, not ${request.expectedVersion}`, {
      streamId,
      expectedVersion: request.expectedVersion,
      actualVersion: stream.version,
    });
  }
  const current = fold(
    decider.evolve,
    decider.initialState,
    stream.events.map((e) => ({ type: e.type, data: e.data }) as Event),
  );
  const events = decider.decide(request.command, current);
  const appended = await store.append(sql, streamId, stream.version, events, request.metadata);
  return { state: fold(decider.evolve, current, events), version: stream.version + appended.length, appended };
}

/** The current state of a stream, or null when nothing was ever recorded on it. */
export async function loadState<State, Event extends PublicEvent>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, State, Event>, 'evolve' | 'initialState'>,
): Promise<{ state: State; version: number; events: readonly EventEnvelope[] } | null> {
  const stream = await store.readStream(streamId);
  if (stream.version === 0) return null;
  const state = fold(
    decider.evolve,
    decider.initialState,
    stream.events.map((e) => ({ type: e.type, data: e.data }) as Event),
  );
  return { state, version: stream.version, events: stream.events };
}
