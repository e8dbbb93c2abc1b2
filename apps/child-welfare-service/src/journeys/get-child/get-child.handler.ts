import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@safeguard/domain';
import { Database, jsonColumn } from '@safeguard/event-store';
import { UnitRegistry } from '@safeguard/units';
import { toAlertView } from '../../alerts/list-alerts/alert.view';
import type { ChildJourney, ParentJourney } from '../family-journey';
import type { ChildRecord } from './get-child.dto';

export class GetChildQuery extends Query<ChildRecord> {
  constructor(readonly childId: string) {
    super();
  }
}

/** A child found by any agency's reference, with the parent's journey and the child's alerts, read in one transaction so they agree. */
@QueryHandler(GetChildQuery)
export class GetChildHandler implements IQueryHandler<GetChildQuery> {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  async execute({ childId }: GetChildQuery): Promise<ChildRecord> {
    return this.db.transaction(async (sql) => {
      // Any agency's reference finds the child, not only the key.
      const row = (
        await sql.query<{ child_key: string; person_id: string; journey: unknown }>(
          `SELECT child_key, person_id, journey FROM child_welfare.children WHERE child_key = $1 OR child_ids ? $1 LIMIT 1`,
          [childId],
        )
      ).at(0);
      if (!row) throw new NotFound('CHILD.NOT_FOUND', `no child ${childId}`);
      const journey = jsonColumn<ChildJourney>(row.journey);
      const parent = (await sql.query<{ journey: unknown }>(`SELECT journey FROM child_welfare.parents WHERE person_id = $1`, [row.person_id])).at(0);
      const alerts = await sql.query(
        `SELECT * FROM child_welfare.alerts WHERE person_id = $1 AND status <> 'withdrawn'
           AND (child_ids = '[]'::jsonb OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(child_ids) id WHERE id = ANY($2::text[])))
         ORDER BY raised_at DESC`,
        [row.person_id, journey.childIds],
      );
      return { journey, parent: parent ? jsonColumn<ParentJourney>(parent.journey) : null, alerts: alerts.map((a) => toAlertView(a, this.units)) };
    });
  }
}
