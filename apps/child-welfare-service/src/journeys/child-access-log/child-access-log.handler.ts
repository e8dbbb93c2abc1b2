import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Database, jsonColumn } from '@safeguard/event-store';
import { AccessLog, AccessLogPage, AccessLogPageQuery } from '@safeguard/platform';

export class ChildAccessLogQuery extends Query<AccessLogPage> {
  constructor(
    readonly childId: string,
    readonly page: AccessLogPageQuery,
  ) {
    super();
  }
}

/** The access-log entries naming the child under any of its references: each agency knows the child by its own id. */
@QueryHandler(ChildAccessLogQuery)
export class ChildAccessLogHandler implements IQueryHandler<ChildAccessLogQuery> {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(AccessLog) private readonly log: AccessLog,
  ) {}

  async execute({ childId, page }: ChildAccessLogQuery): Promise<AccessLogPage> {
    // Each agency knows the child by its own id; a refused request names only the one it sent.
    const child = (
      await this.db.query<{ child_key: string; child_ids: unknown }>(
        `SELECT child_key, child_ids FROM child_welfare.children WHERE child_key = $1 OR child_ids ? $1 LIMIT 1`,
        [childId],
      )
    ).at(0);
    const ids = child ? [...new Set([childId, child.child_key, ...jsonColumn<string[]>(child.child_ids)])] : [childId];
    return this.log.list({ childIds: ids }, page.limit ?? 50, page.offset ?? 0);
  }
}
