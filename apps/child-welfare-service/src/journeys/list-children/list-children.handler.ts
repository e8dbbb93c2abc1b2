import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Database } from '@safeguard/event-store';
import { pagedQuery } from '@safeguard/platform';
import { OPEN_ALERTS_OF_CHILD, toChildSummary } from './child-summary';
import type { ListChildrenFilter, ChildPage } from './list-children.dto';

export class ListChildrenQuery extends Query<ChildPage> {
  constructor(readonly filter: ListChildrenFilter) {
    super();
  }
}

/** Children followed across the three agencies, those with open alerts first. */
@QueryHandler(ListChildrenQuery)
export class ListChildrenHandler implements IQueryHandler<ListChildrenQuery> {
  constructor(@Inject(Database) private readonly db: Database) {}

  async execute({ filter }: ListChildrenQuery): Promise<ChildPage> {
    return this.db.transaction(async (sql) => {
      return pagedQuery(sql, {
        table: `(SELECT c.*, (${OPEN_ALERTS_OF_CHILD}) AS open_alerts FROM child_welfare.children c) children`,
        filters: [
          ['stage = $', filter.stage],
          ['location_type = $', filter.locationType],
          ['facility_id = $', filter.facility],
          ['province = $', filter.province],
          ['(open_alerts > 0) = $', filter.hasOpenAlerts],
          ['(review_flags > 0) = $', filter.flaggedForReview],
        ],
        orderBy: 'open_alerts DESC, updated_at DESC, child_key',
        limit: filter.limit ?? 50,
        offset: filter.offset ?? 0,
        toItem: toChildSummary,
      });
    });
  }
}
