import { InvalidInput } from '@safeguard/domain';
import type { Sql } from '@safeguard/event-store';

/** Past this a list is a scan, not a page; also keeps OFFSET inside PostgreSQL's bigint. */
export const MAX_PAGE_OFFSET = 1_000_000;

/** One page of a list, with the total the filters match. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface PagedQuery<T> {
  /** A read-model table, schema-qualified. */
  readonly table: string;
  /** `column op $` fragments with their value; a filter whose value is undefined is left out. */
  readonly filters: readonly (readonly [condition: `${string}$`, value: unknown])[];
  readonly orderBy: string;
  readonly limit: number;
  readonly offset: number;
  readonly toItem: (row: Record<string, unknown>) => T;
}

/**
 * The list endpoints' query: the given filters, a count and one page, every value a bound
 * parameter. Table, condition and order fragments come from code, never from the request.
 */
export async function pagedQuery<T>(sql: Sql, query: PagedQuery<T>): Promise<Page<T>> {
  if (!Number.isSafeInteger(query.offset) || query.offset < 0 || query.offset > MAX_PAGE_OFFSET) {
    throw new InvalidInput('REQUEST.INVALID', [{ field: 'offset', message: `must be an integer from 0 to ${MAX_PAGE_OFFSET}` }]);
  }
  if (!Number.isSafeInteger(query.limit) || query.limit < 1)
    throw new InvalidInput('REQUEST.INVALID', [{ field: 'limit', message: 'must be a positive integer' }]);
  const params: unknown[] = [];
  const where = query.filters
    .filter(([, value]) => value !== undefined)
    .map(([condition, value]) => {
      params.push(value);
      return `${condition}${params.length}`;
    });
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }] = await sql.query<{ total: string }>(`SELECT count(*) AS total FROM ${query.table} ${clause}`, params);
  const rows = await sql.query(
    `SELECT * FROM ${query.table} ${clause} ORDER BY ${query.orderBy} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, query.limit, query.offset],
  );
  return { items: rows.map(query.toItem), total: Number(total), limit: query.limit, offset: query.offset };
}
