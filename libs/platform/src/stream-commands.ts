import { applyDecorators, createParamDecorator, Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { Query, type Command, type CommandResult } from '@nestjs/cqrs';
import { ApiHeader } from '@nestjs/swagger';
import type { Principal } from '@safeguard/auth';
import type { EventEnvelope, PublicEvent } from '@safeguard/contracts';
import type { Decider } from '@safeguard/domain';
import { decideAndAppend, EventStore, type AppendMetadata, type DecisionResult, type Sql } from '@safeguard/event-store';
import { pendingAccessOf, type PendingAccess } from './access-log/access-log';
import { Clock } from './clock';
import { idempotencyKeyOf, IdempotentRequests, type IdempotencyKey } from './idempotency';
import { expectedVersionOf, metadataOf } from './request-context';
import { StreamVisibility } from './stream-visibility';

/** What a write request carries besides its body: who acts, the version read, the retry key. */
export interface CommandContext {
  readonly principal: Principal;
  readonly metadata: AppendMetadata;
  readonly expectedVersion: number | undefined;
  readonly idempotencyKey: IdempotencyKey | undefined;
  /** The request's access-log entry, written in the events' transaction when the route is access-logged. */
  readonly access?: PendingAccess;
}

/** The `CommandContext` of the request, from its credential, `If-Match` and `Idempotency-Key`. */
export const WriteContext = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => ({
  principal: ctx.switchToHttp().getRequest<{ principal: Principal }>().principal,
  metadata: metadataOf(ctx),
  expectedVersion: expectedVersionOf(ctx),
  idempotencyKey: idempotencyKeyOf(ctx),
  access: pendingAccessOf(ctx.switchToHttp().getRequest<object>()),
}));

/**
 * The `CommandContext` of a request that starts a new stream: there is no version to match, so
 * an `If-Match` header is neither documented nor read.
 */
export const NewStreamContext = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => ({
  principal: ctx.switchToHttp().getRequest<{ principal: Principal }>().principal,
  metadata: metadataOf(ctx),
  expectedVersion: undefined,
  idempotencyKey: idempotencyKeyOf(ctx),
  access: pendingAccessOf(ctx.switchToHttp().getRequest<object>()),
}));

const IDEMPOTENCY_KEY_HEADER = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key returns the first answer and stores nothing new',
});

/** The OpenAPI headers every write on an existing stream accepts. */
export const WriteHeaders = (subject: string) =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: `The ${subject} version last read; a stale one answers 409` }),
    IDEMPOTENCY_KEY_HEADER,
  );

/** The OpenAPI header a write that starts a stream accepts. */
export const NewStreamHeaders = () => IDEMPOTENCY_KEY_HEADER;

/** The decision's command as a handler writes it: the pipeline stamps `now`, read once from the clock. */
export type Unstamped<Command> = Command extends unknown ? Omit<Command, 'now'> : never;

/** `Omit<C, 'now'> & { now }` is C for every C whose `now` is a Date (and C with a harmless `now` beside it otherwise), which TypeScript cannot prove for a generic C. */
function stamped<Command extends object>(command: Unstamped<Command>, now: Date): Command {
  return { ...command, now } as unknown as Command;
}

export interface StreamCommand<Command extends object, State, Event extends PublicEvent, Response extends object> {
  readonly streamId: string;
  readonly context: CommandContext;
  readonly decider: Decider<Command, State, Event>;
  readonly command: Unstamped<Command>;
  /** The answer to the caller, also what a retry with the same key gets back. */
  readonly respond: (result: DecisionResult<State>) => Response;
  /** A read model written in the same transaction as the events (skipped, like the append, on a replayed retry). */
  readonly alsoInTransaction?: (sql: Sql, result: DecisionResult<State>) => Promise<void>;
}

/**
 * Every write use case's shell in one place: idempotency → visibility → load → decide → append,
 * with the answer and the access-log entry recorded in the events' transaction. Handlers say
 * only which stream, which decision and what command.
 */
@Injectable()
export class StreamCommands {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
    @Inject(StreamVisibility) private readonly visibility: StreamVisibility,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  record<Command extends object, State, Event extends PublicEvent, Response extends object>(
    request: StreamCommand<Command, State, Event, Response>,
  ): Promise<Response> {
    const { context } = request;
    return this.idempotency.run<Response>(context.idempotencyKey, async (remember) => {
      // Inside the retry check on purpose: a transfer moves a custody out of the officer's sight,
      // yet the officer's retry must still get the answer it was given.
      await this.visibility.assertVisible(request.streamId, context.principal);
      const result = await decideAndAppend(this.store, {
        streamId: request.streamId,
        decider: request.decider,
        command: stamped<Command>(request.command, this.clock.now()),
        metadata: context.metadata,
        expectedVersion: context.expectedVersion,
        alsoInTransaction: async (sql, r) => {
          await request.alsoInTransaction?.(sql, r);
          await remember(sql, request.respond(r));
          // One more INSERT in the same transaction: the change and the entry saying who made it commit together.
          await context.access?.writeIn(
            sql,
            request.respond(r),
            r.appended.map((e) => e.data),
          );
        },
      });
      context.access?.committed();
      return request.respond(result);
    });
  }
}

/** What a write use case's command tells the pipeline: its stream, who asks, and the answer to give. */
export interface StreamChange {
  readonly streamId: string;
  readonly context: CommandContext;
  respond(result: DecisionResult<unknown>): object;
  /** A read model written in the events' transaction, when the context keeps one. */
  alsoInTransaction?(sql: Sql, result: DecisionResult<unknown>): Promise<void>;
}

/**
 * The handler of one write use case: it names the decision and writes the decision's command
 * from the request; `StreamCommands` does the rest. `named` adds the ids the handler made for
 * what it records (a hearing's, a visit's) to the answer.
 */
export abstract class StreamChangeHandler<Change extends StreamChange & Command<object>> {
  @Inject(StreamCommands) private readonly commands!: StreamCommands;

  abstract execute(change: Change): Promise<CommandResult<Change>>;

  protected record<Decision extends object, State, Event extends PublicEvent>(
    change: Change,
    decider: Decider<Decision, State, Event>,
    decision: Unstamped<Decision>,
    named?: object,
  ): Promise<CommandResult<Change>> {
    return this.commands.record({
      streamId: change.streamId,
      context: change.context,
      decider,
      command: decision,
      // The answer is the command's own plus the named ids: the type its Command<Answer> declares.
      respond: (result) => Object.assign(change.respond(result), named) as CommandResult<Change>,
      alsoInTransaction: (sql, result) => change.alsoInTransaction?.(sql, result) ?? Promise.resolve(),
    });
  }
}

/** A read of one stream (`id` names its record) for the caller, as a controller puts it on the query bus. */
export abstract class StreamQuery<Answer> extends Query<Answer> {
  constructor(
    readonly id: string,
    readonly principal: Principal,
  ) {
    super();
  }
}

/** The read side's counterpart of `StreamCommands`: a stream's events, for a caller allowed to see it. */
@Injectable()
export class StreamReads {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(StreamVisibility) private readonly visibility: StreamVisibility,
  ) {}

  async events(streamId: string, principal: Principal): Promise<readonly EventEnvelope[]> {
    await this.visibility.assertVisible(streamId, principal);
    return (await this.store.readStream(streamId)).events;
  }

  /** What `view` makes of the stream's events, or `notFound` when it makes nothing (no such record). */
  async view<View>(
    streamId: string,
    principal: Principal,
    view: (events: readonly EventEnvelope[]) => View | null,
    notFound: () => Error,
  ): Promise<View> {
    const made = view(await this.events(streamId, principal));
    if (made === null) throw notFound();
    return made;
  }
}

/** Every event of a record, oldest first: `GET .../history`, or null when the record has none. */
export function historyOf<Key extends string>(key: Key, id: string) {
  return (events: readonly EventEnvelope[]) =>
    events.length === 0 ? null : ({ [key]: id, events } as Record<Key, string> & { events: readonly EventEnvelope[] });
}
