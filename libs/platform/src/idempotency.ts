import { BadRequestException, createParamDecorator, Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Principal } from '@safeguard/auth';
import { DomainRuleViolation } from '@safeguard/domain';
import { EventStore, sqlState, type Sql } from '@safeguard/event-store';

export interface IdempotencyKey {
  readonly key: string;
  readonly principal: string;
  /** What was asked: a retry must ask the same thing under the same key. */
  readonly requestHash: string;
}

/** `Idempotency-Key` header (optional), bound to the caller and to the request it came with. */
export const IdempotencyKeyHeader = createParamDecorator((_: unknown, ctx: ExecutionContext): IdempotencyKey | undefined => idempotencyKeyOf(ctx));

export function idempotencyKeyOf(ctx: ExecutionContext): IdempotencyKey | undefined {
  const request = ctx
    .switchToHttp()
    .getRequest<{ headers: Record<string, string | undefined>; principal: Principal; method: string; originalUrl: string; body: unknown }>();
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (!/^[\w.:-]{8,200}$/.test(key)) {
    throw new BadRequestException({
      message: 'Idempotency-Key: 8 to 200 letters, digits or . _ : -',
      code: 'REQUEST.INVALID',
      errors: [{ field: 'Idempotency-Key', message: 'must be 8 to 200 letters, digits or . _ : -' }],
    });
  }
  const requestHash = createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body)}`)
    .digest('hex');
  return { key, principal: request.principal.credentialId, requestHash };
}

/**
 * A retried POST returns the first answer and stores nothing new. The answer is recorded in the
 * same transaction as the events, so there is no moment when the events exist and the record
 * does not; two copies racing each other end with one commit and one replay.
 */
@Injectable()
export class IdempotentRequests {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  async run<T extends object>(key: IdempotencyKey | undefined, work: (remember: (sql: Sql, response: T) => Promise<void>) => Promise<T>): Promise<T> {
    if (!key) return work(() => Promise.resolve());
    const earlier = await this.find<T>(key);
    if (earlier) return earlier;
    try {
      return await work((sql, response) => this.remember(sql, key, response));
    } catch (error) {
      if (sqlState(error) !== '23505') throw error;
      const winner = await this.find<T>(key);
      if (!winner) throw error;
      return winner;
    }
  }

  private async find<T>(key: IdempotencyKey): Promise<T | undefined> {
    const rows = await this.store.db.query<{ request_hash: string; response: T | string }>(
      `SELECT request_hash, response FROM "${this.store.options.schema}".idempotent_requests WHERE principal = $1 AND idempotency_key = $2`,
      [key.principal, key.key],
    );
    const row = rows.at(0);
    if (!row) return undefined;
    if (row.request_hash !== key.requestHash) {
      throw new DomainRuleViolation('IDEMPOTENCY.KEY_REUSED', `Idempotency-Key ${key.key} was already used for a different request`);
    }
    return typeof row.response === 'string' ? (JSON.parse(row.response) as T) : row.response;
  }

  private async remember(sql: Sql, key: IdempotencyKey, response: object): Promise<void> {
    await sql.query(
      `INSERT INTO "${this.store.options.schema}".idempotent_requests (idempotency_key, principal, request_hash, status_code, response) VALUES ($1, $2, $3, 201, $4)`,
      [key.key, key.principal, key.requestHash, JSON.stringify(response)],
    );
  }
}
