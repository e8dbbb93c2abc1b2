import { Inject, Injectable, Logger, Optional, ServiceUnavailableException } from '@nestjs/common';
import { CredentialRegistry, type Principal } from '@safeguard/auth';
import { InvalidInput } from '@safeguard/domain';
import { Database, EventStore, type Sql } from '@safeguard/event-store';
import { MAX_PAGE_OFFSET, type Page } from '../paged-query';
import { correlationIdOf } from '../request-context';
import { accessEntry, readableAddress, type AccessEntry, type AccessRequest } from './access-entry';
import type { AccessLoggedRoute } from './access-logged';
import { AccessLogRoutes, type LoggedRoute } from './access-log-routes';

/** The parts of an Express request the access log reads. */
export interface LoggedRequest {
  readonly method: string;
  readonly originalUrl?: string;
  readonly url?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly route?: { path?: unknown };
  readonly params?: Record<string, unknown>;
  readonly query?: Record<string, unknown>;
  readonly ip?: string;
  readonly socket?: { remoteAddress?: string };
  readonly principal?: Principal;
}

const ARRIVED_AT = Symbol('safeguard:arrived-at');
const ACCESS_LOG = Symbol('safeguard:access-log');
const PENDING = Symbol('safeguard:pending-access');

type Marked = LoggedRequest & { [ARRIVED_AT]?: Date; [ACCESS_LOG]?: AccessLog; [PENDING]?: PendingAccess };

/** Set by the first middleware of the app (`useAccessLog`): when the request came, and which service's log it belongs in. */
export function markArrival(request: object, log: AccessLog): void {
  (request as Marked)[ARRIVED_AT] = new Date();
  (request as Marked)[ACCESS_LOG] = log;
}

/** The access log of the app the request came to, for the problem filter (which Nest does not construct with DI). */
export function accessLogOf(request: object): AccessLog | undefined {
  return (request as Marked)[ACCESS_LOG];
}

/** The entry a change will write in its own transaction (`StreamCommands`), when its route is access-logged. */
export function pendingAccessOf(request: object): PendingAccess | undefined {
  return (request as Marked)[PENDING];
}

/** 503: the access could not be written down, so nothing was shown and nothing stored (fail closed); the caller may retry. */
export class AccessNotRecorded extends ServiceUnavailableException {
  constructor(cause: unknown) {
    super(
      { message: 'the access could not be recorded in the access log, so nothing was shown or stored; try again', code: 'ACCESS_LOG.UNAVAILABLE' },
      { cause },
    );
  }
}

export interface AccessLogFilter {
  /** Every reference of the child (a child is known by each agency's id). */
  readonly childIds?: readonly string[];
  readonly personId?: string;
  readonly recordId?: string;
}

const INSERT_COLUMNS = `accessed_at, credential_id, agency, role, unit_id, user_id, client_address, method, route, action, outcome, child_ids, person_ids, record_ids, correlation_id`;

/**
 * A service's access log: who read or changed which child's or parent's record, when, from
 * where, and with what outcome, one entry per request, in the service's own schema. Append-only
 * (the table refuses UPDATE and DELETE). Written by `AccessLogInterceptor` (answers), the change's
 * own transaction (`StreamCommands`) and `ProblemDetailsFilter` (refusals and failures).
 */
@Injectable()
export class AccessLog {
  private readonly logger = new Logger('AccessLog');

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(AccessLogRoutes) readonly routes: AccessLogRoutes,
    @Optional() @Inject(CredentialRegistry) private readonly credentials?: CredentialRegistry,
  ) {}

  private get table(): string {
    return `"${this.store.options.schema}".access_log`;
  }

  /** One INSERT; inside a change's transaction when given its `sql`. */
  async write(entry: AccessEntry, sql: Sql = this.db): Promise<void> {
    await sql.query(`INSERT INTO ${this.table} (${INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`, [
      entry.at,
      entry.credentialId,
      entry.agency,
      entry.role,
      entry.unitId,
      entry.userId,
      entry.clientAddress,
      entry.method,
      entry.route,
      entry.action,
      entry.outcome,
      entry.childIds,
      entry.personIds,
      entry.recordIds,
      entry.correlationId,
    ]);
  }

  /** Called by the interceptor once the guard let the request through to an access-logged handler. */
  begin(request: object, touches: AccessLoggedRoute, status: () => number): PendingAccess {
    const req = request as Marked;
    const pending = new PendingAccess(this, touches, req.principal, this.requestFacts(req, routeTemplateOf(req) ?? '', req.params ?? {}), status);
    req[PENDING] = pending;
    return pending;
  }

  /**
   * The entry of a request answered with a problem (refused, invalid, failed). Never throws: the
   * caller gets the problem it was going to get, and an entry that cannot be written is logged
   * as an error with what it would have said, so it is never lost silently.
   */
  async recordProblem(request: object, status: number): Promise<void> {
    const req = request as Marked;
    let entry: AccessEntry | undefined;
    try {
      const path = (req.originalUrl ?? req.url ?? '').split('?')[0];
      const found = this.routes.find(req.method, routeTemplateOf(req), path);
      if (!found) return;
      entry = accessEntry(
        found.route.touches,
        req.principal ?? this.refusedCaller(req, status, found.route),
        this.requestFacts(req, found.route.template, found.params ?? req.params ?? {}),
        { status },
      );
      await this.write(entry);
    } catch (error) {
      const what = entry ? JSON.stringify(entry) : `${req.method} ${req.originalUrl?.split('?')[0] ?? ''} → ${status}`;
      this.logger.error(`access-log entry not written (${error instanceof Error ? error.message : String(error)}): ${what}`);
    }
  }

  /** One page of the entries about a child, a parent or a record, newest first. */
  async list(filter: AccessLogFilter, limit: number, offset: number): Promise<Page<AccessEntry>> {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > MAX_PAGE_OFFSET)
      throw new InvalidInput('REQUEST.INVALID', [{ field: 'offset', message: `must be an integer from 0 to ${MAX_PAGE_OFFSET}` }]);
    // Entries naming the child or parent, and entries on a record a change recorded them on: a
    // refused attempt on the mother's arrest names only the arrest, yet her children are on it.
    const where = `child_ids && $1::text[] OR person_ids && $2::text[] OR record_ids && ($3::text[] || ARRAY(
        SELECT DISTINCT r FROM ${this.table} c, unnest(c.record_ids) r
        WHERE c.action = 'change' AND (c.child_ids && $1::text[] OR c.person_ids && $2::text[])))`;
    const params = [
      filter.childIds ?? [],
      filter.personId === undefined ? [] : [filter.personId],
      filter.recordId === undefined ? [] : [filter.recordId],
    ];
    return this.db.transaction(async (sql) => {
      const [{ total }] = await sql.query<{ total: string }>(`SELECT count(*) AS total FROM ${this.table} WHERE ${where}`, params);
      const rows = await sql.query(`SELECT * FROM ${this.table} WHERE ${where} ORDER BY accessed_at DESC, entry_id DESC LIMIT $4 OFFSET $5`, [
        ...params,
        limit,
        offset,
      ]);
      return { items: rows.map(toEntry), total: Number(total), limit, offset };
    });
  }

  private requestFacts(req: Marked, route: string, params: Record<string, unknown>): AccessRequest {
    return {
      at: req[ARRIVED_AT] ?? new Date(),
      method: req.method,
      route,
      clientAddress: readableAddress(req.ip ?? req.socket?.remoteAddress),
      params,
      query: req.query ?? {},
      correlationId: correlationIdOf(req),
    };
  }

  /**
   * Who was refused a route their role may not call: the guard knew, but does not keep a refused
   * principal on the request, so the API key is looked up again (a hash lookup; the key itself is
   * never kept). A 401's credential is unknown by definition. OAuth2 access tokens are not looked
   * up here: their refusals carry no credential until the guard keeps whom it refused.
   */
  private refusedCaller(req: Marked, status: number, route: LoggedRoute): Principal | undefined {
    if (status !== 403 || !this.credentials) return undefined;
    const header = req.headers.authorization;
    const key =
      (typeof header === 'string' ? /^Bearer (\S+)$/.exec(header)?.[1] : undefined) ??
      (route.tokenInQuery && typeof req.query?.access_token === 'string' ? req.query.access_token : undefined);
    return key ? this.credentials.authenticate(key) : undefined;
  }
}

/**
 * The entry of one request that reached its handler. A change writes it in the transaction that
 * stores its events (`writeIn`, then `committed`), so a fact is never stored without the entry
 * saying who stored it; a read (or a retry answered from the idempotency record) writes it alone,
 * before the answer leaves (`writeAlone`).
 */
export class PendingAccess {
  private inTransaction = false;
  private written = false;

  constructor(
    private readonly log: AccessLog,
    private readonly touches: AccessLoggedRoute,
    private readonly caller: Principal | undefined,
    private readonly request: AccessRequest,
    private readonly status: () => number,
  ) {}

  get isWritten(): boolean {
    return this.written;
  }

  /** Throws `AccessNotRecorded` (503) when the entry cannot be written: the transaction rolls back, the change is not stored. */
  async writeIn(sql: Sql, answer: unknown, stored: readonly unknown[]): Promise<void> {
    if (this.written) return;
    try {
      await this.log.write(this.entry(answer, stored), sql);
    } catch (error) {
      throw new AccessNotRecorded(error);
    }
    this.inTransaction = true;
  }

  /** The change's transaction committed, and the entry with it. */
  committed(): void {
    if (this.inTransaction) this.written = true;
  }

  /** Throws `AccessNotRecorded` (503) when the entry cannot be written: no answer without its entry. */
  async writeAlone(answer: unknown): Promise<void> {
    if (this.written) return;
    try {
      await this.log.write(this.entry(answer, []));
    } catch (error) {
      throw new AccessNotRecorded(error);
    }
    this.written = true;
  }

  private entry(answer: unknown, stored: readonly unknown[]): AccessEntry {
    return accessEntry(this.touches, this.caller, this.request, { status: this.status(), answer, stored });
  }
}

function routeTemplateOf(req: LoggedRequest): string | undefined {
  return typeof req.route?.path === 'string' ? req.route.path : undefined;
}

function toEntry(row: Record<string, unknown>): AccessEntry {
  // Every column read here is text or NULL.
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    at: new Date(row.accessed_at as string).toISOString(),
    credentialId: text(row.credential_id),
    agency: text(row.agency),
    role: text(row.role),
    unitId: text(row.unit_id),
    userId: text(row.user_id),
    clientAddress: String(row.client_address),
    method: String(row.method),
    route: String(row.route),
    action: row.action as AccessEntry['action'],
    outcome: Number(row.outcome),
    childIds: textArrayColumn(row.child_ids),
    personIds: textArrayColumn(row.person_ids),
    recordIds: textArrayColumn(row.record_ids),
    correlationId: String(row.correlation_id),
  };
}

/** A text[] column: pg hands back an array; PGlite may too, or the '{a,b}' text. */
export function textArrayColumn(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value === '{}') return [];
  return value
    .slice(1, -1)
    .split(',')
    .map((v) => v.replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1'));
}
