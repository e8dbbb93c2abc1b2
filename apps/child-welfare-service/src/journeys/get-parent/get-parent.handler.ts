import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@safeguard/domain';
import { Database, jsonColumn } from '@safeguard/event-store';
import { UnitRegistry } from '@safeguard/units';
import { toAlertView } from '../../alerts/list-alerts/alert.view';
import type { ParentJourney, ReviewFlag } from '../family-journey';
import { OPEN_ALERTS_OF_CHILD, toChildSummary } from '../list-children/child-summary';
import type { ParentRecord } from './get-parent.dto';

export class GetParentQuery extends Query<ParentRecord> {
  constructor(readonly personId: string) {
    super();
  }
}

/** A parent’s legal path with her children and alerts, read in one transaction so they agree. */
@QueryHandler(GetParentQuery)
export class GetParentHandler implements IQueryHandler<GetParentQuery> {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  async execute({ personId }: GetParentQuery): Promise<ParentRecord> {
    return this.db.transaction(async (sql) => {
      const row = (
        await sql.query<{ journey: unknown; review_flags: unknown }>(`SELECT journey, review_flags FROM child_welfare.parents WHERE person_id = $1`, [
          personId,
        ])
      ).at(0);
      if (!row) throw new NotFound('PARENT.NOT_FOUND', `no parent ${personId}`);
      const children = await sql.query(
        `SELECT c.*, (${OPEN_ALERTS_OF_CHILD}) AS open_alerts FROM child_welfare.children c WHERE c.person_id = $1 ORDER BY c.child_key`,
        [personId],
      );
      const alerts = await sql.query(`SELECT * FROM child_welfare.alerts WHERE person_id = $1 AND status <> 'withdrawn' ORDER BY raised_at DESC`, [
        personId,
      ]);
      return {
        journey: jsonColumn<ParentJourney>(row.journey),
        children: children.map(toChildSummary),
        reviewFlags: jsonColumn<ReviewFlag[]>(row.review_flags),
        alerts: alerts.map((a) => toAlertView(a, this.units)),
      };
    });
  }
}
