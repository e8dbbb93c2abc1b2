import { applyDecorators, createParamDecorator, Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { PublicEvent } from '@safeguard/contracts';
import type { Decider } from '@safeguard/domain';
import { decideAndAppend, EventStore, type AppendMetadata, type DecisionResult, type Sql } from '@safeguard/event-store';
import { pendingAccessOf, type PendingAccess } from './access-log/access-log';
import { idempotencyKeyOf, IdempotentRequests, type IdempotencyKey } from './idempotency';
import { expectedVersionOf, metadataOf } from './request-context';

/** What a write request carries besides its body: who acts, the version read, the retry key. */
export interface CommandContext {
  readonly metadata: AppendMetadata;
  readonly expectedVersion: number | undefined;
  readonly idempotencyKey: IdempotencyKey | undefined;
  /** The request's access-log entry, written in the events' transaction when the route is access-logged. */
  readonly access?: PendingAccess;
}

/** The `CommandContext` of the request, from its credential, `If-Match` and `Idempotency-Key`. */
export const WriteContext = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): CommandContext => ({
    metadata: metadataOf(ctx),
    expectedVersion: expectedVersionOf(ctx),
    idempotencyKey: idempotencyKeyOf(ctx),
    access: pendingAccessOf(ctx.switchToHttp().getRequest<object>()),
  }),
);

/** The OpenAPI headers every write accepts. */
export const WriteHeaders = (subject: string) =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: `The ${subject} version last read; a stale one answers 409` }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and stores nothing new' }),
  );

export interface StreamCommand<Command, State, Event extends PublicEvent, Response extends object> {
  readonly streamId: string;
  readonly decider: Decider<Command, State, Event>;
  readonly command: Command;
  readonly context: CommandContext;
  /** The answer to the caller, also what a retry with the same key gets back. */
  readonly respond: (result: DecisionResult<State>) => Response;
  /** A read model written in the same transaction as the events (skipped, like the append, on a replayed retry). */
  readonly alsoInTransaction?: (sql: Sql, result: DecisionResult<State>) => Promise<void>;
  /**
   * A check before deciding (who may see the stream), skipped when a retry replays its first
   * answer: a transfer moves a custody out of the officer's sight, yet the officer's retry must
   * still get the answer it was given.
   */
  readonly authorize?: () => Promise<void>;
}

/**
 * Every write use case's shell in one place: idempotency, optimistic concurrency, load → decide
 * → append, and the answer recorded with the events.
 */
@Injectable()
export class StreamCommands {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(IdempotentRequests) private readonly idempotency: IdempotentRequests,
  ) {}

  record<Command, State, Event extends PublicEvent, Response extends object>(request: StreamCommand<Command, State, Event, Response>): Promise<Response> {
    const { context } = request;
    return this.idempotency.run<Response>(context.idempotencyKey, async (remember) => {
      await request.authorize?.();
      const result = await decideAndAppend(this.store, {
        streamId: request.streamId,
        decider: request.decider,
        command: request.command,
        metadata: context.metadata,
        expectedVersion: context.expectedVersion,
        alsoInTransaction: async (sql, r) => {
          await request.alsoInTransaction?.(sql, r);
          await remember(sql, request.respond(r));
          // One more INSERT in the same transaction: the change and the entry saying who made it commit together.
          await context.access?.writeIn(sql, request.respond(r), r.appended.map((e) => e.data));
        },
      });
      context.access?.committed();
      return request.respond(result);
    });
  }
}
